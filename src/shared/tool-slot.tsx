import { type ComponentType, createContext, useContext } from 'react';
import type { Exercise, ToolId } from '../domain/exercises/schema';

/**
 * Features never import each other, so the app hands the exercise page the
 * tool panels it may show beside an exercise's steps.
 */
export type ToolPanels = Partial<Record<ToolId, ComponentType<{ exercise: Exercise }>>>;

export const ToolPanelsContext = createContext<ToolPanels>({});

export function useToolPanel(tool: ToolId): ComponentType<{ exercise: Exercise }> | undefined {
  return useContext(ToolPanelsContext)[tool];
}
