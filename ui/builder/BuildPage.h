#pragma once

#include <functional>

#include <QWidget>

#include "core/export/PolicyExport.h"

class QAction;
class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QSplitter;
class QTreeView;

namespace iam::ui {

class DiagnosticsModel;
class JsonEditor;
class PolicyForm;
class PolicySession;

// The Build page: the policy kind and the document's actions on top; the form (left) and the JSON
// (right), both editing the session's one text with one undo history; the findings below, with a
// Fix button for the mechanical ones. The session is the truth; both sides only show it and ask it
// for changes.
class BuildPage final : public QWidget {
    Q_OBJECT

public:
    explicit BuildPage(PolicySession& session, QWidget* parent = nullptr);

    JsonEditor* editor() const { return m_editor; }
    PolicyForm* form() const { return m_form; }
    QTreeView* findingsView() const { return m_findingsView; }
    DiagnosticsModel* findingsModel() const { return m_model; }
    QComboBox* kindSelector() const { return m_kindSelector; }
    QPushButton* fixButton() const { return m_fixButton; }
    QLabel* characterCount() const { return m_characterCount; }

    // Asked before a template or a managed policy replaces the open document; the window answers
    // (its unsaved-changes question). Without one, the document is replaced.
    void setDiscardCheck(std::function<bool()> check) { m_discardCheck = std::move(check); }

    void jumpToFinding(const QModelIndex& index);
    void applySelectedFix();
    // The dialogs run modal; tests reach them through QApplication::activeModalWidget().
    void showTemplateGallery();
    void showManagedPolicyPicker();
    void showExport(ExportFormat format);
    void copyJson();
    void startEmpty();
    void duplicateAsOwnPolicy();
    // A policy brought from another page (a lesson's example, a scenario's policy) opens as a new,
    // untitled draft of that kind, after the unsaved-changes question. False when the user kept
    // the open document.
    bool openPolicyText(const QString& text, PolicyKind kind, const QString& name);
    // The gallery template with this id, opened as openPolicyText() does. False when there is no such
    // template or the user kept the open document.
    bool openTemplate(const QString& id);

signals:
    // "Test this policy": the window takes the user to the simulator.
    void testPolicyRequested();
    // A short note for the status bar ("Copied the JSON").
    void statusMessage(const QString& text);

private:
    QWidget* createTopBar();
    QWidget* createReadOnlyBanner();
    QWidget* createFindingsPanel();
    void takeEditorText();
    void showSessionText();
    void showDiagnostics();
    void showMarkers();
    void updateCharacterCount();
    void updateFixButton();
    void updateKind();
    void updateReadOnly();
    void updateExportActions();
    bool confirmDiscard();
    // Qt's text widgets hold a line end as one character; a file written with CRLF keeps its CRs
    // in the session, which these convert to and from.
    QString editorTextFor(const QString& sessionText) const;
    int editorPosition(int sessionPosition) const;

    PolicySession& m_session;
    JsonEditor* m_editor;
    PolicyForm* m_form = nullptr;
    DiagnosticsModel* m_model;
    QTreeView* m_findingsView = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_fixButton = nullptr;
    QComboBox* m_kindSelector = nullptr;
    QLabel* m_kindHint = nullptr;
    QLabel* m_characterCount = nullptr;
    QWidget* m_readOnlyBanner = nullptr;
    QLabel* m_readOnlyText = nullptr;
    QSplitter* m_sides = nullptr;
    QList<QAction*> m_exportActions;
    std::function<bool()> m_discardCheck;
    bool m_showingSessionText = false;
    bool m_crlf = false;
};

} // namespace iam::ui
