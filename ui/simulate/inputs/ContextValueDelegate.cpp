#include "ui/simulate/inputs/ContextValueDelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

#include "ui/simulate/inputs/ContextDateEditor.h"
#include "ui/simulate/inputs/ContextTableModel.h"

namespace iam::ui {

namespace {

QString elementType(const QModelIndex& index)
{
    QString type = index.data(ContextTableModel::KeyTypeRole).toString();
    return type.startsWith(QLatin1String("ArrayOf")) ? type.mid(7) : type;
}

// A line that turns red while its text is not a value of the key's type, with the reason as tooltip.
void checkAsTyped(QLineEdit* field, const QString& type)
{
    QObject::connect(field, &QLineEdit::textChanged, field, [field, type](const QString& text) {
        const QString problem = ContextTableModel::valueProblem(type, text.trimmed());
        // Only the red is set by hand; otherwise the theme's own colours apply, even if it changes.
        QPalette palette;
        if (!problem.isEmpty()) {
            palette = field->palette();
            palette.setColor(QPalette::Text, QColor(0xd0, 0x4a, 0x3a));
        }
        field->setPalette(palette);
        field->setToolTip(problem);
    });
}

constexpr int kListEditorLines = 4;

} // namespace

ContextValueDelegate::ContextValueDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QWidget* ContextValueDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() == ContextTableModel::KeyColumn) {
        auto* field = new QLineEdit(parent);
        field->setObjectName(QStringLiteral("contextKeyEditor"));
        field->setFrame(false);
        if (m_keyNames) {
            auto* completer = new QCompleter(m_keyNames(), field);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            field->setCompleter(completer);
        }
        return field;
    }
    if (index.column() != ContextTableModel::ValueColumn)
        return nullptr;

    const QString type = elementType(index);
    if (index.data(ContextTableModel::MultiValuedRole).toBool()) {
        auto* list = new QPlainTextEdit(parent);
        list->setObjectName(QStringLiteral("contextListEditor"));
        list->setPlaceholderText(tr("One value per line, or separated by commas"));
        list->setTabChangesFocus(true);
        // It opens over the rows below: a frame and its own background show where it ends.
        list->setFrameShape(QFrame::Box);
        list->setAutoFillBackground(true);
        list->setToolTip(tr("One value per line, or separated by commas. Tab or a click elsewhere keeps them."));
        return list;
    }
    if (type == QLatin1String("Bool")) {
        auto* box = new QComboBox(parent);
        box->setObjectName(QStringLiteral("contextBoolEditor"));
        box->addItem(QStringLiteral("true"));
        box->addItem(QStringLiteral("false"));
        // A choice of two needs no confirming: it counts as soon as it is picked.
        connect(box, &QComboBox::activated, this,
            [this, box] { emit const_cast<ContextValueDelegate*>(this)->commitData(box); });
        return box;
    }
    if (type == QLatin1String("Date")) {
        auto* date = new ContextDateEditor(parent);
        connect(date, &ContextDateEditor::editingFinished, this,
            [this, date] { emit const_cast<ContextValueDelegate*>(this)->commitData(date); });
        checkAsTyped(date->field(), type);
        return date;
    }
    auto* field = new QLineEdit(parent);
    field->setObjectName(QStringLiteral("contextValueEditor"));
    field->setFrame(false);
    if (type == QLatin1String("IPAddress")) {
        field->setPlaceholderText(tr("203.0.113.7 or 203.0.113.0/24"));
        checkAsTyped(field, type);
    } else if (type == QLatin1String("Numeric")) {
        field->setPlaceholderText(tr("a number, like 3600"));
        field->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]*(\\.[0-9]*)?")), field));
        checkAsTyped(field, type);
    } else if (type == QLatin1String("ARN")) {
        field->setPlaceholderText(tr("an ARN, like arn:aws:iam::111122223333:role/admin"));
    }
    Q_UNUSED(option)
    return field;
}

void ContextValueDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto* list = qobject_cast<QPlainTextEdit*>(editor)) {
        list->setPlainText(text);
        list->moveCursor(QTextCursor::End);
    } else if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 ? 1 : 0);
    } else if (auto* date = qobject_cast<ContextDateEditor*>(editor)) {
        date->setText(text);
    } else if (auto* field = qobject_cast<QLineEdit*>(editor)) {
        field->setText(text);
    }
}

void ContextValueDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    QVariant value;
    if (auto* list = qobject_cast<QPlainTextEdit*>(editor))
        value = ContextTableModel::splitValues(list->toPlainText());
    else if (auto* box = qobject_cast<QComboBox*>(editor))
        value = box->currentText();
    else if (auto* date = qobject_cast<ContextDateEditor*>(editor))
        value = date->text();
    else if (auto* field = qobject_cast<QLineEdit*>(editor))
        value = field->text().trimmed();
    if (value.isValid() && value != index.data(Qt::EditRole))
        model->setData(index, value, Qt::EditRole);
}

void ContextValueDelegate::updateEditorGeometry(
    QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QRect rect = option.rect;
    if (qobject_cast<QPlainTextEdit*>(editor)) {
        // A list needs room for a few lines; it opens downwards over the rows below.
        const int lineHeight = editor->fontMetrics().lineSpacing();
        rect.setHeight(std::max(rect.height(), kListEditorLines * lineHeight + 8));
    }
    editor->setGeometry(rect);
    Q_UNUSED(index)
}

QRect ContextValueDelegate::buttonRect(const QStyleOptionViewItem& option) const
{
    return option.rect.adjusted(3, 2, -3, -2);
}

void ContextValueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != ContextTableModel::AddColumn || !index.data(ContextTableModel::SuggestedRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionButton button;
    button.rect = buttonRect(option);
    button.text = index.data(Qt::DisplayRole).toString();
    button.state = QStyle::State_Enabled | QStyle::State_Raised;
    if (option.state & QStyle::State_MouseOver)
        button.state |= QStyle::State_MouseOver;
    button.palette = option.palette;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

QSize ContextValueDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ContextTableModel::AddColumn) {
        const QFontMetrics metrics(option.font);
        size.setWidth(std::max(size.width(), metrics.horizontalAdvance(tr("Add")) + 28));
        size.setHeight(std::max(size.height(), metrics.height() + 10));
    }
    return size;
}

bool ContextValueDelegate::editorEvent(
    QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (index.column() == ContextTableModel::AddColumn && index.data(ContextTableModel::SuggestedRole).toBool()
        && event->type() == QEvent::MouseButtonRelease) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton && buttonRect(option).contains(mouse->position().toPoint())) {
            emit addSuggestedClicked(index.row());
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace iam::ui
