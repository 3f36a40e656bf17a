/** Scores one loaded file: every task its labels allow, for the engine and the peers. */
import { INTENTS, LANGUAGES, SENTIMENTS, STAGES } from '../../utils/analysis/labels';
import type { Analysis, AnalysisContext } from '../../utils/analysis/types';
import { PEERS, peerLabel, type PeerName } from './engines';
import type { LoadedFile } from './load';
import {
  accuracy,
  confusionMatrix,
  macroF1,
  multiLabel,
  perClass,
  type ClassScores,
  type Confusion,
  type MultiLabelScores,
} from './metrics';
import type { Gold, Item } from './rows';

export type Analyze = (text: string, context?: AnalysisContext) => Analysis;

export interface SingleLabelResult {
  rows: number;
  accuracy: number;
  macroF1: number;
  confusion: Confusion;
  perClass: Record<string, ClassScores>;
}

export interface TaskResults {
  sentiment?: SingleLabelResult;
  stage?: SingleLabelResult;
  language?: SingleLabelResult;
  intents?: MultiLabelScores & { rows: number };
}

export interface FileScores {
  tasks: TaskResults;
  peers?: Record<PeerName, SingleLabelResult>;
}

export function scoreSingle(
  gold: readonly string[],
  pred: readonly string[],
  order: readonly string[],
): SingleLabelResult {
  const confusion = confusionMatrix(gold, pred, order);
  return {
    rows: gold.length,
    accuracy: accuracy(gold, pred),
    macroF1: macroF1(confusion),
    confusion,
    perClass: perClass(confusion),
  };
}

/** Runs analyze() on every item; an exception names the file, line and id (not the text). */
export function predict(file: string, items: readonly Item[], analyze: Analyze): Analysis[] {
  return items.map((item) => {
    try {
      return analyze(item.text, item.context);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new Error(`${file}:${item.line} (id ${item.id}): analyze() threw: ${why}`, { cause: e });
    }
  });
}

function pairs<T>(
  items: readonly Item[],
  preds: readonly Analysis[],
  pick: (g: Gold) => T | undefined,
): { gold: T[]; idx: number[] } {
  const gold: T[] = [];
  const idx: number[] = [];
  items.forEach((item, i) => {
    const g = pick(item.gold);
    if (g !== undefined) {
      gold.push(g);
      idx.push(i);
    }
  });
  return { gold, idx };
}

export function scoreFile(loaded: LoadedFile, preds: readonly Analysis[]): FileScores {
  const { items } = loaded;
  const at = (i: number): Analysis => {
    const p = preds[i];
    if (!p) throw new Error(`missing prediction ${i}`);
    return p;
  };
  const tasks: TaskResults = {};
  const out: FileScores = { tasks };
  const senti = pairs(items, preds, (g) => g.sentiment);
  if (senti.gold.length > 0) {
    tasks.sentiment = scoreSingle(
      senti.gold,
      senti.idx.map((i) => at(i).sentiment.label),
      SENTIMENTS,
    );
    const texts = senti.idx.map((i) => items[i]?.text ?? '');
    out.peers = Object.fromEntries(
      PEERS.map((peer) => [peer, scoreSingle(senti.gold, texts.map(peerLabel[peer]), SENTIMENTS)]),
    ) as Record<PeerName, SingleLabelResult>;
  }
  const stage = pairs(items, preds, (g) => g.stage);
  if (stage.gold.length > 0) {
    tasks.stage = scoreSingle(
      stage.gold,
      stage.idx.map((i) => at(i).stage.label),
      STAGES,
    );
  }
  const intents = pairs(items, preds, (g) => g.intents);
  if (intents.gold.length > 0) {
    const predicted = intents.idx.map((i) => at(i).intents);
    tasks.intents = { rows: intents.gold.length, ...multiLabel(intents.gold, predicted, INTENTS) };
  }
  const lang = pairs(items, preds, (g) => g.language);
  if (lang.gold.length > 0) {
    tasks.language = scoreSingle(
      lang.gold,
      lang.idx.map((i) => at(i).language),
      LANGUAGES,
    );
  }
  return out;
}
