export interface DemoConversation {
  id: string;
  site: string | null;
  model: string | null;
  messages: Array<{ role: string; content: string }>;
}
export function loadDemoConversations(file?: string): DemoConversation[];
export function loadExpectedRules(file?: string): Map<string, string[]>;
export function startDemoServer(options?: { port?: number; conversations?: DemoConversation[] }): Promise<{ origin: string; close(): Promise<void> }>;
