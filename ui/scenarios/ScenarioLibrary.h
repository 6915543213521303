#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "core/scenarios/Scenario.h"

namespace iam::ui {

// The scenarios the Scenarios page offers: the built-in ones compiled into the app, then an
// instructor's own from a folder. A broken file is listed in errors() in plain words (file, line,
// what is wrong) and every other file still loads, so one typo never hides the whole library.
class ScenarioLibrary final {
public:
    // The built-in scenarios' resource folder.
    static QString builtInFolder();
    // Where an instructor puts extra scenario files: <app data>/scenarios.
    static QString userFolder();

    // Reads every `*.json` of `builtIn`, then of `user` (a missing user folder is fine). A user file
    // whose id is already taken is refused, so a built-in scenario cannot be replaced by accident.
    static ScenarioLibrary load(const QString& builtIn, const QString& user);

    const std::vector<Scenario>& scenarios() const { return m_scenarios; }
    const QStringList& errors() const { return m_errors; }

private:
    void loadFolder(const QString& folder, const QString& shownFolder);

    std::vector<Scenario> m_scenarios;
    QStringList m_errors;
};

} // namespace iam::ui
