/** Precision, recall and F1, with the true positives that recall counted. */
export interface Prf {
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Scores a matching. `tpPrecision` and `tpRecall` differ only where one find may cover several
 * gold spans (overlap matching of places); one-to-one matchings pass the same count twice.
 */
export function scorePrf(tpPrecision: number, predicted: number, tpRecall: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : tpPrecision / predicted;
  const recall = gold === 0 ? 0 : tpRecall / gold;
  return { truePositives: tpRecall, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
