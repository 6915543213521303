#include <iostream>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "core/cli/CatalogCommands.h"
#include "core/cli/CliCommands.h"
#include "core/cli/ExportCommand.h"
#include "core/cli/LintCommand.h"
#include "core/cli/ManagedCommand.h"
#include "core/cli/ScenarioCommand.h"
#include "core/cli/SimulateCommand.h"
#include "core/cli/TestCommand.h"

namespace {

std::vector<std::string> toStdStrings(const QStringList& list)
{
    std::vector<std::string> result;
    for (const auto& item : list)
        result.push_back(item.toStdString());
    return result;
}

int usageError(const QCommandLineParser& parser, const QString& message)
{
    std::cerr << message.toStdString() << "\n\n" << parser.helpText().toStdString();
    return iam::kExitUnusable;
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iam-studio-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IAM_STUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "IAM Studio on the command line: check and format AWS IAM policies offline.\n\n"
        "Commands:\n"
        "  validate FILE...|-   report problems as file:line:col: severity: message [CODE]\n"
        "  format FILE|-        print a valid policy in canonical form\n"
        "  lint FILE...|-       validate plus security and style checks; --kind identity|resource|trust|scp|rcp|\n"
        "                       boundary|session (default identity) says what the policy is attached to\n"
        "  expand PATTERN...    list the actions a wildcard such as s3:Get* grants, by access level\n"
        "  explain ACTION       access level, resource types and ARNs, condition keys of one action\n"
        "  managed [NAME]       list the AWS managed policies, or print one (e.g. AdministratorAccess);\n"
        "                       --search TEXT finds them by name\n"
        "  simulate FILE|-      decide a request as AWS would (allowed, explicitDeny, implicitDeny) and say why;\n"
        "                       --format text for a report, --jsonl for one simulation per line,\n"
        "                       --fix for the smallest change that would allow it\n"
        "  test FILE...|-       run the `tests` of simulation files: PASS/FAIL per test; exit 1 if any fails\n"
        "  export FILE|-        print a valid policy as --format terraform|cloudformation|aws-cli; --name NAME\n"
        "                       names it (default: the file's name), --kind as for lint picks what it creates\n"
        "  scenario check FILE|DIR...  prove scenario files: policies lint as declared, try-its get their\n"
        "                       decisions, break-it changes flip them; exit 1 if a check fails; --json\n\n"
        "Exit codes: 0 fine, 1 error findings, 2 unusable input."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON (validate, lint, expand, explain, managed, test, "
                                                       "scenario)."));
    parser.addOption(jsonOption);
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("Output of simulate: json (default) or text. Of export: terraform, "
                                                         "cloudformation or aws-cli."),
                                          QStringLiteral("format"), QStringLiteral("json"));
    parser.addOption(formatOption);
    const QCommandLineOption jsonlOption(QStringLiteral("jsonl"),
                                         QStringLiteral("simulate: read one simulation per line, write one result per line."));
    parser.addOption(jsonlOption);
    const QCommandLineOption fixOption(QStringLiteral("fix"),
                                       QStringLiteral("simulate: add the smallest change that would allow the request."));
    parser.addOption(fixOption);
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), QStringLiteral("lint: identity (default), resource, trust, scp, rcp, boundary or session."),
        QStringLiteral("kind"), QStringLiteral("identity"));
    parser.addOption(kindOption);
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QStringLiteral("managed: list the AWS managed policies whose names contain TEXT."),
        QStringLiteral("TEXT"));
    parser.addOption(searchOption);
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QStringLiteral("export: the name of the policy (default: the file's name)."),
                                        QStringLiteral("NAME"));
    parser.addOption(nameOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("validate, format, expand, explain or simulate"));
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Policy files, or - for standard input."),
                                 QStringLiteral("[FILE...]"));

    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::cout << parser.helpText().toStdString();
        return iam::kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::cout << "iam-studio-cli " << IAM_STUDIO_VERSION << '\n';
        return iam::kExitOk;
    }

    QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return usageError(parser, QStringLiteral("iam-studio-cli: name a command"));
    const QString command = arguments.takeFirst();
    const iam::CliStreams streams{std::cin, std::cout, std::cerr};

    if (command == QLatin1String("validate")) {
        if (arguments.isEmpty())
            return usageError(parser, QStringLiteral("validate: name at least one file, or - for standard input"));
        return iam::runValidate(toStdStrings(arguments), parser.isSet(jsonOption), streams);
    }
    if (command == QLatin1String("format")) {
        if (arguments.size() != 1)
            return usageError(parser, QStringLiteral("format: name exactly one file, or - for standard input"));
        return iam::runFormat(arguments.front().toStdString(), streams);
    }
    if (command == QLatin1String("expand")) {
        if (arguments.isEmpty())
            return usageError(parser, QStringLiteral("expand: name at least one action pattern, e.g. 's3:Get*'"));
        return iam::runExpand(toStdStrings(arguments), parser.isSet(jsonOption), streams);
    }
    if (command == QLatin1String("explain")) {
        if (arguments.size() != 1)
            return usageError(parser, QStringLiteral("explain: name exactly one action, e.g. s3:GetObject"));
        return iam::runExplain(arguments.front().toStdString(), parser.isSet(jsonOption), streams);
    }
    if (command == QLatin1String("lint")) {
        if (arguments.isEmpty())
            return usageError(parser, QStringLiteral("lint: name at least one file, or - for standard input"));
        const auto kind = iam::policyKindFromName(parser.value(kindOption).toStdString());
        if (!kind)
            return usageError(parser, QStringLiteral("lint: --kind must be identity, resource, trust, scp, rcp, boundary "
                                                     "or session, not '%1'")
                                          .arg(parser.value(kindOption)));
        return iam::runLint(toStdStrings(arguments), *kind, parser.isSet(jsonOption), streams);
    }
    if (command == QLatin1String("managed")) {
        const bool asJson = parser.isSet(jsonOption);
        if (parser.isSet(searchOption)) {
            if (!arguments.isEmpty())
                return usageError(parser,
                                  QStringLiteral("managed: give either a policy name or --search TEXT, not both"));
            return iam::runManagedSearch(parser.value(searchOption).toStdString(), asJson, streams);
        }
        if (arguments.size() > 1)
            return usageError(parser, QStringLiteral("managed: name at most one policy, e.g. AdministratorAccess"));
        if (arguments.isEmpty())
            return iam::runManagedList(asJson, streams);
        return iam::runManagedShow(arguments.front().toStdString(), asJson, streams);
    }
    if (command == QLatin1String("simulate")) {
        if (arguments.size() != 1)
            return usageError(parser, QStringLiteral("simulate: name exactly one file, or - for standard input"));
        const QString format = parser.value(formatOption);
        if (format != QLatin1String("json") && format != QLatin1String("text"))
            return usageError(parser, QStringLiteral("simulate: --format must be json or text, not '%1'").arg(format));
        if (parser.isSet(jsonlOption)) {
            if (format == QLatin1String("text"))
                return usageError(parser, QStringLiteral("simulate: --jsonl writes JSON lines; drop --format text"));
            if (parser.isSet(fixOption))
                return usageError(parser, QStringLiteral("simulate: --fix works on one simulation; drop --jsonl"));
            return iam::runSimulateJsonl(arguments.front().toStdString(), streams);
        }
        return iam::runSimulate(arguments.front().toStdString(),
                                format == QLatin1String("text") ? iam::SimulateFormat::Text : iam::SimulateFormat::Json,
                                streams, parser.isSet(fixOption));
    }
    if (command == QLatin1String("test")) {
        if (arguments.isEmpty())
            return usageError(parser,
                              QStringLiteral("test: name at least one simulation file, or - for standard input"));
        return iam::runTest(toStdStrings(arguments), parser.isSet(jsonOption), streams);
    }
    if (command == QLatin1String("export")) {
        if (arguments.size() != 1)
            return usageError(parser, QStringLiteral("export: name exactly one file, or - for standard input"));
        const auto format = iam::exportFormatFromName(parser.value(formatOption).toStdString());
        if (!parser.isSet(formatOption) || !format)
            return usageError(parser, QStringLiteral("export: --format must be terraform, cloudformation or aws-cli"));
        const auto kind = iam::policyKindFromName(parser.value(kindOption).toStdString());
        if (!kind)
            return usageError(parser, QStringLiteral("export: --kind must be identity, resource, trust, scp, rcp, "
                                                     "boundary or session, not '%1'")
                                          .arg(parser.value(kindOption)));
        return iam::runExport(arguments.front().toStdString(), *format, parser.value(nameOption).toStdString(),
                              *kind, streams);
    }
    if (command == QLatin1String("scenario")) {
        if (arguments.isEmpty() || arguments.takeFirst() != QLatin1String("check") || arguments.isEmpty())
            return usageError(parser, QStringLiteral("scenario: write `scenario check FILE|DIR...` with at least one "
                                                     "scenario file or folder"));
        return iam::runScenarioCheck(toStdStrings(arguments), parser.isSet(jsonOption), streams);
    }
    return usageError(parser, QStringLiteral("iam-studio-cli: unknown command '%1'").arg(command));
}
