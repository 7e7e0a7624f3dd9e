/**
 * Which cell is wrong: when sums of table 三 or 四 disagree, the smallest set of cells whose
 * change makes every sum relation of the table (schema SUM_RELATIONS) hold.
 *
 * A clerk who mistypes one applicant cell breaks its row's 总计 and its column's （七）总计 at
 * once; correcting either total to match the typo breaks further sums. The one cell that lies
 * in every broken relation, whose value each of them solves to the same number and whose change
 * breaks no relation that holds, is the slip. The rules report that cell once (the mismatches it
 * explains folded into it), its fix changes it, and fix-all applies a repair only when it leaves
 * every sum of the table true.
 *
 * Cost: the rules run on every keystroke and nearly every table adds up. tableMismatches builds
 * nothing on a consistent table, and then nothing else is done. Otherwise the broken relations
 * are split into independent groups (relations sharing a cell), and each group is searched for
 * one cell, then for two (bounded: at most MAX_PAIR_TRIALS trials and MAX_REPAIRS answers); a
 * group with no such repair keeps one finding per sum, as before.
 */
import type { Cell, ParsedTable, TableRow } from '../model';
import { evaluateSums, tableMismatches, type SumCheck, type SumTerm } from '../sums';

/** One cell's new value. */
export interface CellChange {
  term: SumTerm;
  cell: Cell;
  from: number;
  to: number;
}

/** Changes that together make every relation of their group hold, and break none. */
export interface Repair {
  changes: CellChange[];
}

/**
 * A group of broken relations that share cells (directly or through each other), and what can
 * mend it:
 * - located: exactly one smallest repair; its cells are the findings, the relations folded in;
 * - choices: several equally small repairs; `preferred` is the one made only of totals, when
 *   exactly one is (fix-all applies it), the others are offered as choices;
 * - unlocated: no repair of one or two cells (or too many to tell): one finding per sum.
 */
export interface BrokenGroup {
  broken: SumCheck[];
  kind: 'located' | 'choices' | 'unlocated';
  repairs: Repair[];
  preferred: Repair | null;
}

export interface Localisation {
  table: ParsedTable;
  groups: BrokenGroup[];
}

/** A relation instance as a linear equation: Σ coefficient × value = 0 when it holds. */
interface Instance {
  check: SumCheck;
  /** The terms' cells, left then right: the check's own terms, read in place. */
  cells: CellsOf;
  complete: boolean;
  /** left − right, when complete. */
  residual: number;
}

/** Pair trials per group: beyond this the group is reported sum by sum (never an unbounded search). */
const MAX_PAIR_TRIALS = 4000;
/** Equally small repairs kept: more than this and no choice could be offered sensibly. */
const MAX_REPAIRS = 6;
/** Broken relations per group worth a pair search (two cells lie in at most six relations). */
const MAX_BROKEN_FOR_PAIRS = 6;

const NOTHING_BROKEN: readonly BrokenGroup[] = Object.freeze([]);
/**
 * The groups of each table, kept beside it. The value must not hold its key: V8's young-generation
 * collector keeps every WeakMap value alive, and a value holding the table kept the whole
 * analysis (the model through the table) until the next full collection.
 */
const cache = new WeakMap<ParsedTable, BrokenGroup[]>();

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * The localisation of one table, computed once per parsed table (the four arithmetic rules,
 * the fixes and the editor views all ask; the table object lives as long as its analysis).
 */
export function localise(table: ParsedTable): Localisation {
  const cached = cache.get(table);
  if (cached) return { table, groups: cached };
  const result = compute(table);
  cache.set(table, result.groups);
  return result;
}

function compute(table: ParsedTable): Localisation {
  if (table.id === 'two' || table.uncertain !== null || tableMismatches(table).length === 0) return { table, groups: NOTHING_BROKEN as BrokenGroup[] };
  const system = buildSystem(table);
  const solved = brokenGroups(system).map((members) => ({ members, group: solveGroup(system, members) }));
  joinUnlocated(system, solved);
  return { table, groups: solved.map((s) => s.group) };
}

/**
 * Two groups no repair of their own mends may be mended together: two totals wrong by the same
 * amount in opposite directions (a row's 总计 one too few, the next row's one too many) leave the
 * column sum they share holding, so each group alone has no repair that keeps it true, and the
 * pair of cells mends both. Tried for every two such groups (few: each is a broken sum).
 */
function joinUnlocated(system: System, solved: { members: number[]; group: BrokenGroup }[]): void {
  for (let a = 0; a < solved.length; a++) {
    for (let b = a + 1; b < solved.length; b++) {
      const first = solved[a]!;
      const second = solved[b]!;
      if (first.group.kind !== 'unlocated' || second.group.kind !== 'unlocated') continue;
      const members = [...first.members, ...second.members];
      if (members.length > MAX_BROKEN_FOR_PAIRS) continue;
      const found = pairs(system, members);
      if (!found || found.length === 0) continue;
      solved[a] = { members, group: decide(system, members, found) };
      solved.splice(b, 1);
      b = a;
    }
  }
}

interface System {
  instances: Instance[];
  /** For each cell of a broken instance (the only cells a repair may change): every complete instance holding it. */
  membership: Map<Cell, number[]>;
  /** Those cells a fix may write: numbers in the first row of their key (the row a fix finds). */
  changeable: Set<Cell>;
  terms: Map<Cell, SumTerm>;
}

/** A check's cells, left terms then right, iterable without copying them into a list. */
class CellsOf implements Iterable<Cell> {
  constructor(private readonly check: SumCheck) {}
  *[Symbol.iterator](): Iterator<Cell> {
    for (const term of this.check.left) yield term.cell!;
    for (const term of this.check.right) yield term.cell!;
  }
}

/**
 * The table's relation instances as equations, and what the search needs of the cells of the
 * broken ones. Only those cells are looked up (a few dozen of a table's hundreds of terms).
 */
function buildSystem(table: ParsedTable): System {
  const instances: Instance[] = [];
  for (const check of evaluateSums(table)) {
    if (check.status === 'incomplete') continue;
    instances.push({ check, cells: new CellsOf(check), complete: true, residual: round(check.leftSum! - check.rightSum!) });
  }
  const membership = new Map<Cell, number[]>();
  const terms = new Map<Cell, SumTerm>();
  for (const instance of instances) {
    if (instance.residual === 0) continue;
    const { left, right } = instance.check;
    for (const term of [...left, ...right]) {
      if (membership.has(term.cell!)) continue;
      membership.set(term.cell!, []);
      terms.set(term.cell!, term);
    }
  }
  instances.forEach((instance, index) => {
    for (const term of instance.check.left) membership.get(term.cell!)?.push(index);
    for (const term of instance.check.right) membership.get(term.cell!)?.push(index);
  });
  const firstRows = new Map<string, TableRow>();
  for (const row of table.rows) if (row.def && !firstRows.has(row.def.key)) firstRows.set(row.def.key, row);
  const changeable = new Set<Cell>();
  for (const [cell, term] of terms) {
    if (term.value !== null && cell.kind === 'integer' && firstRows.get(term.rowKey)?.cells[term.column] === cell) changeable.add(cell);
  }
  return { instances, membership, changeable, terms };
}

function isBroken(instance: Instance): boolean {
  return instance.complete && instance.residual !== 0;
}

/** The broken instances split into groups that share cells (union-find over shared cells). */
function brokenGroups(system: System): number[][] {
  const broken: number[] = [];
  system.instances.forEach((instance, i) => {
    if (isBroken(instance)) broken.push(i);
  });
  const parent = new Map<number, number>(broken.map((i) => [i, i]));
  const find = (i: number): number => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(i, root);
    return root;
  };
  for (const members of system.membership.values()) {
    let first = -1;
    for (const i of members) {
      if (!parent.has(i)) continue;
      if (first < 0) first = i;
      else parent.set(find(i), find(first));
    }
  }
  const byRoot = new Map<number, number[]>();
  for (const i of broken) {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }
  return [...byRoot.values()];
}

function coefOf(instance: Instance, cell: Cell): number {
  for (const term of instance.check.left) if (term.cell === cell) return 1;
  for (const term of instance.check.right) if (term.cell === cell) return -1;
  return 0;
}

/** Whether every complete instance holds after the given cells change by the given amounts. */
function holdsAfter(system: System, touched: readonly number[], deltas: ReadonlyMap<Cell, number>): boolean {
  for (const i of touched) {
    const instance = system.instances[i]!;
    if (!instance.complete) continue;
    let residual = instance.residual;
    for (const [cell, delta] of deltas) residual += coefOf(instance, cell) * delta;
    if (round(residual) !== 0) return false;
  }
  return true;
}

function change(system: System, cell: Cell, delta: number): CellChange | null {
  const term = system.terms.get(cell)!;
  const to = round(term.value! + delta);
  if (!Number.isInteger(to) || to < 0) return null;
  return { term, cell, from: term.value!, to };
}

/** The one-cell repairs of a group: a cell in every broken relation of it, in no relation that holds, each relation solving to the same value. */
function singles(system: System, members: readonly number[]): Repair[] {
  const out: Repair[] = [];
  const memberSet = new Set(members);
  const first = system.instances[members[0]!]!;
  for (const cell of first.cells) {
    if (!system.changeable.has(cell)) continue;
    const within = system.membership.get(cell)!;
    // In a relation that holds (and is complete), any change breaks it.
    if (within.some((i) => system.instances[i]!.complete && !memberSet.has(i))) continue;
    if (!members.every((i) => within.includes(i))) continue;
    const delta = -first.residual / coefOf(first, cell);
    if (!holdsAfter(system, within, new Map([[cell, delta]]))) continue;
    const c = change(system, cell, delta);
    if (c) out.push({ changes: [c] });
  }
  return out;
}

/**
 * The two-cell repairs of a group. One of the two cells lies in the group's first relation;
 * the other in the first relation that does not hold the first cell. Each cell's change is
 * solved from a broken relation holding it alone, then every relation either lies in is checked.
 * Null when the search would exceed its bound (too many trials or answers).
 */
function pairs(system: System, members: readonly number[]): Repair[] | null {
  const out: Repair[] = [];
  const seen = new Set<string>();
  const ids = new Map<Cell, number>();
  const idOf = (cell: Cell) => ids.get(cell) ?? (ids.set(cell, ids.size), ids.size - 1);
  let trials = 0;
  const first = system.instances[members[0]!]!;
  for (const x of first.cells) {
    if (!system.changeable.has(x)) continue;
    const inX = system.membership.get(x)!;
    const rest = members.filter((i) => !inX.includes(i));
    if (rest.length === 0) continue;
    const second = system.instances[rest[0]!]!;
    for (const y of second.cells) {
      if (y === x || !system.changeable.has(y)) continue;
      if (++trials > MAX_PAIR_TRIALS) return null;
      const inY = system.membership.get(y)!;
      if (!rest.every((i) => inY.includes(i))) continue;
      const xAlone = members.find((i) => inX.includes(i) && !inY.includes(i));
      if (xAlone === undefined) continue;
      const xInstance = system.instances[xAlone]!;
      const yInstance = second;
      const dx = -xInstance.residual / coefOf(xInstance, x);
      const dy = -yInstance.residual / coefOf(yInstance, y);
      if (dx === 0 || dy === 0) continue;
      const deltas = new Map([
        [x, dx],
        [y, dy],
      ]);
      if (!holdsAfter(system, inX, deltas) || !holdsAfter(system, inY, deltas)) continue;
      const a = change(system, x, dx);
      const b = change(system, y, dy);
      if (!a || !b) continue;
      const key = [idOf(x), idOf(y)].sort((p, q) => p - q).join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ changes: [a, b] });
      if (out.length > MAX_REPAIRS) return null;
    }
  }
  return out;
}

/** Whether a change is the total (first left term) of a broken relation of the group. */
function isTotal(group: readonly SumCheck[], c: CellChange): boolean {
  return group.some((check) => check.left[0]?.cell === c.cell);
}

function solveGroup(system: System, members: readonly number[]): BrokenGroup {
  let repairs: Repair[] | null = singles(system, members);
  if (repairs.length === 0) repairs = members.length <= MAX_BROKEN_FOR_PAIRS ? pairs(system, members) : null;
  return decide(system, members, repairs);
}

/**
 * What a group's repairs make of it. One-cell repairs are at most the cells of one relation and
 * are all kept (a row total whose column sums cannot be checked: its total, or any of its six
 * cells); two-cell repairs beyond MAX_REPAIRS were given up by the search (null).
 */
function decide(system: System, members: readonly number[], repairs: Repair[] | null): BrokenGroup {
  const broken = members.map((i) => system.instances[i]!.check);
  if (repairs === null || repairs.length === 0) return { broken, kind: 'unlocated', repairs: [], preferred: null };
  if (repairs.length === 1) return { broken, kind: 'located', repairs, preferred: repairs[0]! };
  const ofTotals = repairs.filter((r) => r.changes.every((c) => isTotal(broken, c)));
  const preferred = ofTotals.length === 1 ? ofTotals[0]! : null;
  // The preferred repair first, the others in table order.
  const ordered = preferred ? [preferred, ...repairs.filter((r) => r !== preferred)] : repairs;
  return { broken, kind: 'choices', repairs: ordered, preferred };
}

/**
 * The group a broken check belongs to (null when it holds). A check from another evaluation of
 * the same table (an editor view's) is the same instance when its relation and total cell are.
 */
export function groupOf(localisation: Localisation, check: SumCheck): BrokenGroup | null {
  const total = check.left[0]?.cell;
  for (const group of localisation.groups) {
    for (const broken of group.broken) if (broken === check || (broken.relation === check.relation && broken.left[0]?.cell === total)) return group;
  }
  return null;
}

/** The broken checks of a group that hold this cell. */
export function brokenHolding(group: BrokenGroup, cell: Cell): SumCheck[] {
  return group.broken.filter((check) => check.left.some((t) => t.cell === cell) || check.right.some((t) => t.cell === cell));
}

/**
 * Whether writing `value` into a cell of the table leaves every relation that holds the cell
 * true, where it can be checked (its other cells are numbers): what a fix that fills or
 * corrects one cell must not break. A relation already broken stays the rules' concern.
 */
export function keepsSumsWith(table: ParsedTable, cell: Cell, value: number): boolean {
  if (table.uncertain !== null) return true;
  for (const check of evaluateSums(table)) {
    const terms = [...check.left.map((t) => ({ t, coef: 1 })), ...check.right.map((t) => ({ t, coef: -1 }))];
    if (!terms.some(({ t }) => t.cell === cell)) continue;
    if (check.status === 'mismatch') continue;
    let residual = 0;
    let complete = true;
    for (const { t, coef } of terms) {
      const v = t.cell === cell ? value : t.value;
      if (v === null) {
        complete = false;
        break;
      }
      residual += coef * v;
    }
    if (complete && round(residual) !== 0) return false;
  }
  return true;
}
