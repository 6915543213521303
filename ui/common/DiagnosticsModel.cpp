#include "ui/common/DiagnosticsModel.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include "ui/common/ThemedIcons.h"

namespace iam::ui {

namespace {

QIcon severityIcon(Severity severity)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(DiagnosticsModel::severityColor(severity));
        const qreal inset = size * 0.2;
        painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

}  // namespace

DiagnosticsModel::DiagnosticsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticsModel::setDiagnostics(const std::vector<Diagnostic>& diagnostics)
{
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic& diagnostic = diagnosticAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityLabel(diagnostic.severity);
        case PositionColumn:
            return diagnostic.span.isKnown()
                       ? QStringLiteral("%1:%2").arg(diagnostic.span.line).arg(diagnostic.span.column)
                       : QStringLiteral("–");
        case MessageColumn: return fromStd(diagnostic.message);
        case HelpColumn: return fromStd(diagnostic.help);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityIcon(diagnostic.severity);
        // A wand beside the remedy marks the findings the Fix button can mend in one click.
        if (index.column() == HelpColumn && diagnostic.hasFix())
            return themedIcon(QStringLiteral("fix"), severityColor(Severity::Suggestion), QColor(Qt::white));
        return {};
    case FixTitleRole:
        // Empty when the remedy needs the author's judgement; a fix without a title still gets a name.
        if (!diagnostic.hasFix())
            return QString();
        return diagnostic.fixTitle.empty() ? tr("Apply the fix") : fromStd(diagnostic.fixTitle);
    case Qt::ToolTipRole: {
        QString tip = fromStd(diagnostic.message);
        if (!diagnostic.help.empty())
            tip += QLatin1Char('\n') + fromStd(diagnostic.help);
        if (diagnostic.hasFix())
            tip += QLatin1Char('\n') + tr("One-click fix: %1").arg(fromStd(diagnostic.fixTitle));
        return tip + QStringLiteral("\n[%1]").arg(fromStd(diagnostic.code));
    }
    case ByteOffsetRole: return QVariant::fromValue<qulonglong>(diagnostic.span.offset);
    case LineRole: return diagnostic.span.line;
    case ColumnRole: return diagnostic.span.column;
    case CodeRole: return fromStd(diagnostic.code);
    case SeverityRole: return static_cast<int>(diagnostic.severity);
    }
    return {};
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case PositionColumn: return tr("Line:Col");
    case MessageColumn: return tr("Problem");
    case HelpColumn: return tr("How to fix it");
    }
    return {};
}

QColor DiagnosticsModel::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor(0xd6, 0x45, 0x45);
    case Severity::SecurityWarning: return QColor(0xe0, 0x6c, 0x1f);
    case Severity::Warning: return QColor(0xd9, 0xa4, 0x06);
    case Severity::Suggestion: return QColor(0x3b, 0x82, 0xf6);
    }
    return Qt::gray;
}

QString DiagnosticsModel::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error: return tr("Error");
    case Severity::SecurityWarning: return tr("Security warning");
    case Severity::Warning: return tr("Warning");
    case Severity::Suggestion: return tr("Suggestion");
    }
    return tr("Error");
}

}  // namespace iam::ui
