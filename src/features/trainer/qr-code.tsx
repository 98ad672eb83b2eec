import QRCode from 'qrcode';
import { useMemo } from 'react';

/**
 * A QR code drawn as one SVG path from the module matrix that the qrcode
 * library computes on the device (no image service, no inline markup).
 */
export function QrCode({
  text,
  label,
  size = 132,
}: {
  text: string;
  label: string;
  size?: number;
}) {
  const { path, count } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const cells: string[] = [];
    for (let y = 0; y < modules.size; y += 1) {
      for (let x = 0; x < modules.size; x += 1) {
        if (modules.get(x, y)) cells.push(`M${x + 4} ${y + 4}h1v1h-1z`);
      }
    }
    return { path: cells.join(''), count: modules.size + 8 };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${count} ${count}`}
      shapeRendering="crispEdges"
    >
      <rect width={count} height={count} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
