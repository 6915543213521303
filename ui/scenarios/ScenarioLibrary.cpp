#include "ui/scenarios/ScenarioLibrary.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "core/diagnostics/Diagnostic.h"
#include "core/scenarios/ScenarioLoader.h"
#include "ui/common/AppResources.h"
#include "ui/common/UserTextFile.h"

namespace iam::ui {

namespace {

// The loader's own limit for a scenario file (resources/scenarios/README.md).
constexpr qint64 kMaxScenarioBytes = 4 * 1024 * 1024;

} // namespace

QString ScenarioLibrary::builtInFolder()
{
    return QStringLiteral(":/scenarios");
}

QString ScenarioLibrary::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/scenarios");
}

ScenarioLibrary ScenarioLibrary::load(const QString& builtIn, const QString& user)
{
    ScenarioLibrary library;
    // Resources in a static library are registered on first use; asking for any one registers them all
    // before the folder is listed.
    readAppResource(builtIn);
    library.loadFolder(builtIn, QString());
    if (!user.isEmpty() && QFileInfo(user).isDir())
        library.loadFolder(user, QDir::toNativeSeparators(user));
    return library;
}

void ScenarioLibrary::loadFolder(const QString& folder, const QString& shownFolder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : names) {
        // Messages name the file as the instructor knows it: the bare name for the built-in ones,
        // the full path for their own.
        const QString shown = shownFolder.isEmpty() ? name : QDir(shownFolder).filePath(name);
        QString readError;
        const std::optional<QString> text = readUserTextFile(dir.filePath(name), kMaxScenarioBytes,
            QStringLiteral("A scenario file is JSON text (see resources/scenarios/README.md)."), readError);
        if (!text) {
            m_errors << QStringLiteral("%1: %2").arg(shown, readError);
            continue;
        }
        const ScenarioLoadResult result = loadScenario(text->toStdString(), shown.toStdString());
        for (const Diagnostic& diagnostic : result.diagnostics) {
            if (diagnostic.severity == Severity::Error)
                m_errors << QString::fromStdString(formatDiagnosticLine(result.fileName, diagnostic));
        }
        if (!result.scenario)
            continue;
        const bool taken = std::any_of(m_scenarios.begin(), m_scenarios.end(),
            [&](const Scenario& loaded) { return loaded.id == result.scenario->id; });
        if (taken) {
            m_errors << QStringLiteral("%1: error: a scenario with the id `%2` is already loaded; give this one "
                                       "another id (and file name)")
                            .arg(shown, QString::fromStdString(result.scenario->id));
            continue;
        }
        m_scenarios.push_back(*result.scenario);
    }
}

} // namespace iam::ui
