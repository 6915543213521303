#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QColor>

#include "core/diagnostics/Diagnostic.h"

namespace iam::ui {

// Core's findings as a table: severity, line:col, message and the remedy, in core's order.
class DiagnosticsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SeverityColumn, PositionColumn, MessageColumn, HelpColumn, ColumnCount };
    enum Role { ByteOffsetRole = Qt::UserRole + 1, LineRole, ColumnRole, CodeRole, SeverityRole, FixTitleRole };

    explicit DiagnosticsModel(QObject* parent = nullptr);

    void setDiagnostics(const std::vector<Diagnostic>& diagnostics);
    const Diagnostic& diagnosticAt(int row) const { return m_diagnostics.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityLabel(Severity severity);
    // Mid-tone colours that stay readable on both the light and the dark theme.
    static QColor severityColor(Severity severity);

private:
    std::vector<Diagnostic> m_diagnostics;
};

}  // namespace iam::ui
