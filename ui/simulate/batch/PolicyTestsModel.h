#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "core/eval/PolicyTest.h"
#include "core/eval/PolicyTestRunner.h"

namespace iam::ui {

// A simulation's policy tests with what the last run gave: whether each passed, the decision it
// got, and why. Name and expected decision are editable; an edit is announced, not applied, so the
// session stays the only owner of the tests.
class PolicyTestsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ResultColumn, NameColumn, RequestColumn, ExpectedColumn, ActualColumn, ReasonColumn, ColumnCount };
    enum Role {
        DecisionRole = Qt::UserRole + 1, // Expected/Actual columns: int(Decision)
        PassedRole, // every column: true / false after a run, nothing before
    };

    explicit PolicyTestsModel(QObject* parent = nullptr);

    // The tests as the session holds them. Outcomes are kept when the count is unchanged (the view
    // re-runs right after), dropped otherwise.
    void setTests(const std::vector<PolicyTest>& tests);
    // One outcome per test, in order; `stale` marks them as belonging to an earlier state.
    void setOutcomes(std::vector<PolicyTestOutcome> outcomes);
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    bool hasOutcomes() const { return !m_outcomes.empty(); }
    const PolicyTest& testAt(int row) const { return m_tests.at(static_cast<std::size_t>(row)); }
    const PolicyTestOutcome* outcomeAt(int row) const;
    int passedCount() const;
    int failedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void nameEdited(int row, const QString& name);
    void expectEdited(int row, iam::Decision expect);

private:
    std::vector<PolicyTest> m_tests;
    std::vector<PolicyTestOutcome> m_outcomes; // empty before the first run
    bool m_stale = false;
};

} // namespace iam::ui
