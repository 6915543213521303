#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QTreeView;

namespace iam::ui {

class DiagnosticsModel;
class JsonEditor;
class PolicySession;

// The Build page as of this release: the policy as JSON text, and under it every finding of the
// parser, refreshed as you type. A double-click on a finding puts the cursor where it is.
class BuildPage final : public QWidget {
    Q_OBJECT

public:
    explicit BuildPage(PolicySession& session, QWidget* parent = nullptr);

    JsonEditor* editor() const { return m_editor; }
    QTreeView* findingsView() const { return m_findingsView; }
    void jumpToFinding(const QModelIndex& index);

private:
    void showSessionText();
    void showDiagnostics();
    void showMarkers();

    PolicySession& m_session;
    JsonEditor* m_editor;
    DiagnosticsModel* m_model;
    QTreeView* m_findingsView;
    QLabel* m_summary;
    bool m_showingSessionText = false;
};

}  // namespace iam::ui
