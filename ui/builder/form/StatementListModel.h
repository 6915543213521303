#pragma once

#include <vector>

#include <QAbstractListModel>

#include "core/policy/Policy.h"

namespace iam::ui {

// The policy's statements as rows, each a one-line summary. The model never changes the policy:
// a drag asks for a move through the view, the form edits the text, and the re-parsed statements
// come back through setStatements().
class StatementListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { SidRole = Qt::UserRole + 1, EffectRole };

    static QString mimeType();

    explicit StatementListModel(QObject* parent = nullptr);

    // Keeps rows (and so the view's selection) when only their content changed.
    void setStatements(std::vector<Statement> statements);
    const Statement* statement(int row) const;

    // "Allow 3 S3 actions on my-bucket/*": what a row shows.
    static QString summary(const Statement& statement);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

    // The row a drag carries, or -1 when the data is not one of ours.
    static int rowFromMimeData(const QMimeData* data);

private:
    std::vector<Statement> m_statements;
};

} // namespace iam::ui
