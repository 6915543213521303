#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace iam {
struct ManagedPolicy;
}

namespace iam::ui {

class JsonEditor;

// "New from an AWS managed policy": the bundled policies (core/managed), searchable by name and
// description, with the chosen one's details and JSON. It opens read-only: AWS owns these.
class ManagedPolicyDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ManagedPolicyDialog(QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QListView* policyList() const { return m_list; }
    int shownCount() const;
    // The chosen policy's name and its document, laid out one element per line for reading.
    QString selectedName() const;
    QString selectedText() const;

private:
    void search(const QString& text);
    void showSelection();
    const ManagedPolicy* selectedPolicy() const;

    QLineEdit* m_search;
    QStandardItemModel* m_model;
    QListView* m_list;
    QLabel* m_count;
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_description;
    JsonEditor* m_preview;
    QString m_previewText;
};

} // namespace iam::ui
