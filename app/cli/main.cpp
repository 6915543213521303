#include <iostream>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "core/cli/CliCommands.h"

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
        "  format FILE|-        print a valid policy in canonical form\n\n"
        "Exit codes: 0 fine, 1 error findings, 2 unusable input."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print findings as JSON (validate)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("validate or format"));
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
    return usageError(parser, QStringLiteral("iam-studio-cli: unknown command '%1'").arg(command));
}
