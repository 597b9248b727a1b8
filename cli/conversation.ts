/**
 * One JSONL record to an Exchange. Accepted shapes:
 *   {"id", "messages": [{"role", "content"}, ...]}            the last assistant message is the reply
 *   {"id", "messages": [...], "response": "..."}             `response` is appended as the reply
 *   {"id", "prompt": "...", "response": "..."}
 * with optional "site", "model" and "conversation_id". Content may be a string or a list of
 * text parts ({"type": "text", "text": ...}). Other fields are ignored.
 */
import type { Exchange, Role, Turn } from '../engine/types';
import { InputError } from './errors';

const ROLES: readonly Role[] = ['system', 'developer', 'user', 'assistant', 'tool'];

export interface Conversation {
  id: string | null;
  exchange: Exchange;
}

export type JsonRecord = Record<string, unknown>;

export function parseJsonRecord(text: string): JsonRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`invalid JSON: ${(error as Error).message}`);
  }
  if (!isRecord(value)) throw new InputError(`expected a JSON object, got ${describeJson(value)}`);
  return value;
}

/** The record's id as a string, or null when it has none (or one of the wrong type). */
export function recordId(record: JsonRecord): string | null {
  const id = record.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

export function conversationFromRecord(record: JsonRecord): Conversation {
  const turns: Turn[] = [];
  const addTurn = (role: Role, text: string) => turns.push({ id: `t${turns.length}`, role, text });

  if (record.messages !== undefined) {
    if (!Array.isArray(record.messages)) throw new InputError(`"messages" must be an array, got ${describeJson(record.messages)}`);
    record.messages.forEach((message: unknown, i: number) => {
      const { role, text } = readMessage(message, `messages[${i}]`);
      addTurn(role, text);
    });
    if (record.response !== undefined) addTurn('assistant', readText(record.response, '"response"'));
  } else if (record.prompt !== undefined || record.response !== undefined) {
    if (record.prompt === undefined) throw new InputError('"response" is given without a "prompt"');
    if (record.response === undefined) throw new InputError('"prompt" is given without a "response" (no assistant reply to check)');
    addTurn('user', readText(record.prompt, '"prompt"'));
    addTurn('assistant', readText(record.response, '"response"'));
  } else {
    throw new InputError('expected "messages" (a list of {role, content}) or "prompt" and "response"');
  }

  if (!turns.some((t) => t.role === 'assistant')) {
    throw new InputError('no assistant reply to check: add an assistant message or a "response"');
  }
  const id = recordId(record);
  return {
    id,
    exchange: {
      ...(id !== null ? { id } : {}),
      site: optionalString(record.site, '"site"') ?? 'cli',
      conversationId: optionalString(record.conversation_id ?? record.conversationId, '"conversation_id"') ?? id,
      model: optionalString(record.model, '"model"') ?? null,
      turns,
    },
  };
}

function readMessage(value: unknown, where: string): { role: Role; text: string } {
  if (!isRecord(value)) throw new InputError(`${where} must be an object with "role" and "content", got ${describeJson(value)}`);
  const role = value.role;
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) {
    throw new InputError(`${where}.role must be one of ${ROLES.join(', ')}, got ${describeJson(role)}`);
  }
  return { role: role as Role, text: readText(value.content, `${where}.content`) };
}

/** A string, null (e.g. an assistant message that only calls a tool), or a list of text parts. */
function readText(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (value === null) return '';
  if (Array.isArray(value)) {
    return value
      .map((part: unknown, i: number) => {
        if (typeof part === 'string') return part;
        if (isRecord(part) && typeof part.text === 'string') return part.text;
        if (isRecord(part) && part.type !== undefined && part.type !== 'text') return '';
        throw new InputError(`${where}[${i}] must be a string or a {"type": "text", "text": ...} part`);
      })
      .filter((text) => text !== '')
      .join('\n');
  }
  throw new InputError(`${where} must be a string, got ${describeJson(value)}`);
}

function optionalString(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new InputError(`${where} must be a string, got ${describeJson(value)}`);
}

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}
