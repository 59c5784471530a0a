/** How long "Undo" stays after a check or a room is deleted, in every window. */
export const UNDO_MS = 8000;
