/** Saving a file the person asked for, and printing: the only two ways data leaves the page. */
export interface FilesEngine {
  download(fileName: string, mimeType: string, contents: string): void;
  print(): void;
}

export function createBrowserFiles(win: Window): FilesEngine {
  return {
    download(fileName, mimeType, contents) {
      const url = URL.createObjectURL(new Blob([contents], { type: mimeType }));
      const link = win.document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      win.document.body.append(link);
      link.click();
      link.remove();
      // Revoke on the next task: Chromium starts the download asynchronously.
      win.setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    print: () => win.print(),
  };
}

export interface RecordedFiles extends FilesEngine {
  downloads: { fileName: string; mimeType: string; contents: string }[];
  prints: number;
}

export function createRecordingFiles(): RecordedFiles {
  const files: RecordedFiles = {
    downloads: [],
    prints: 0,
    download(fileName, mimeType, contents) {
      files.downloads.push({ fileName, mimeType, contents });
    },
    print() {
      files.prints += 1;
    },
  };
  return files;
}
