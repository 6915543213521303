#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>

#include "core/eval/AccessMatrix.h"

namespace iam {
class Catalog;
}

namespace iam::ui {

// An access matrix as a grid: one column for the action, then one per resource. The actions come in
// AWS's access-level groups, each opened by a section row that counts what the group allows per
// resource, so "how much can it write here?" is answered without scrolling. A cell whose action does
// not act on that kind of resource (s3:GetObject on a bucket) is shown as not applying and left out
// of the counts: policies match text, so it may "allow" a request AWS never receives.
class AccessMatrixModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        DecisionRole = Qt::UserRole + 1, // int(Decision) of a cell; nothing elsewhere
        ActionRole, // the row's action (empty on a section row)
        ResourceRole, // the column's resource (empty in the action column)
        SectionRole, // true on the rows that head an access-level group
        AppliesRole, // cells: false when AWS never asks about this action on this kind of resource
    };
    static constexpr int kActionColumn = 0;
    static constexpr int kFirstResourceColumn = 1;

    explicit AccessMatrixModel(QObject* parent = nullptr);

    // The catalog gives each action's description as its tooltip; may be null.
    void setCatalog(const Catalog* catalog) { m_catalog = catalog; }
    void setMatrix(AccessMatrix matrix);
    void clear();
    const AccessMatrix& matrix() const { return m_matrix; }
    // Leaves out the actions denied on every resource, so a long grid shows what is possible. Section
    // rows still count their whole group.
    void setHideDenied(bool hide);
    bool hidesDenied() const { return m_hideDenied; }
    // An out-of-date grid is drawn muted until it is computed again.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    // Cells of this resource with this decision, among the actions that act on it.
    int countFor(std::size_t resourceIndex, Decision decision) const;
    // The actions that act on this resource (or that the catalog does not know).
    int applicableCount(std::size_t resourceIndex) const;
    bool applies(std::size_t matrixRow, std::size_t resourceIndex) const;
    // The matrix row shown on a model row, or nothing for a section row.
    std::optional<std::size_t> matrixRowAt(int row) const;
    // The model row of an action (spelled as the matrix spells it), or -1.
    int rowOfAction(const QString& action) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Line {
        bool section = false;
        std::optional<AccessLevel> level; // of the group (section) or of the action
        std::size_t matrixRow = 0; // action lines only
        std::size_t groupSize = 0; // section lines only
        std::size_t groupFirst = 0; // section lines only: the matrix row the group starts at
    };
    void rebuildLines();
    QVariant sectionData(const Line& line, int column, int role) const;
    QVariant cellData(std::size_t matrixRow, int column, int role) const;

    const Catalog* m_catalog = nullptr;
    AccessMatrix m_matrix;
    std::vector<Line> m_lines;
    std::vector<std::vector<bool>> m_applies; // [matrix row][resource]
    bool m_stale = false;
    bool m_hideDenied = false;
};

} // namespace iam::ui
