/** What a form of the visual form editor shows after a press. */
export interface FormEditorState {
  /** Changes on every answer, so fields are drawn afresh. */
  attempt: number;
  /** About the whole attempt: why nothing was saved. */
  message?: string;
  /** Each refused field by its form name, in the order the form shows them. */
  errors: { field: string; message: string }[];
  /** Problems the guide's checker found in the text the change would write. */
  problems?: string[];
  /** What was sent, drawn again after a refusal so nothing typed is lost. */
  values?: Record<string, string>;
  done?: string;
}

export const INITIAL_FORM_EDITOR_STATE: FormEditorState = { attempt: 0, errors: [] };

/** Where a change goes: item `item` of screen `screen`, or a new item at the screen's end. */
export interface ItemPlace {
  screen: number;
  item?: number;
}

export type StructureEdit =
  | { kind: 'move-item'; screen: number; item: number; by: -1 | 1 }
  | { kind: 'remove-item'; screen: number; item: number }
  | { kind: 'move-screen'; screen: number; by: -1 | 1 }
  | { kind: 'remove-screen'; screen: number };
