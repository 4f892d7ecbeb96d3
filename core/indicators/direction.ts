import type { Direction } from './types';

const WORDS: Record<string, Direction> = {
  op: 'up',
  up: 'up',
  højere: 'up',
  'højere er bedre': 'up',
  'higher is better': 'up',
  stigende: 'up',
  '↑': 'up',
  '+': 'up',
  ned: 'down',
  down: 'down',
  lavere: 'down',
  'lavere er bedre': 'down',
  'lower is better': 'down',
  faldende: 'down',
  '↓': 'down',
  '-': 'down',
};

/** Reads a barometer's direction column: 'Op' / 'Ned', 'højere er bedre', '↑', 'down', … */
export function parseDirection(text: string): Direction | undefined {
  return WORDS[text.trim().toLowerCase().replace(/\s+/g, ' ')];
}
