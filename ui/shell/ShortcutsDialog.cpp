#include "ui/shell/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/common/HeadingLabel.h"

namespace iam::ui {

namespace {

QString plainText(const QAction* action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

void addMenu(QTreeWidgetItem* group, const QMenu* menu, const QString& prefix)
{
    for (QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->menu()) {
            addMenu(group, action->menu(), prefix + plainText(action) + QStringLiteral(" › "));
            continue;
        }
        if (action->property("dynamic").toBool())
            continue;  // recent files come and go; they have no shortcuts
        auto* row = new QTreeWidgetItem(group);
        row->setText(0, prefix + plainText(action));
        const QKeySequence shortcut = action->shortcut();
        row->setText(1, shortcut.isEmpty() ? QStringLiteral("–") : shortcut.toString(QKeySequence::NativeText));
    }
}

}  // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar& menuBar, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));

    auto* view = new QTreeWidget(this);
    view->setObjectName(QStringLiteral("shortcutsView"));
    view->setColumnCount(2);
    view->setHeaderLabels({tr("Action"), tr("Shortcut")});
    view->setRootIsDecorated(false);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setFocusPolicy(Qt::NoFocus);
    for (QAction* menuAction : menuBar.actions()) {
        if (!menuAction->menu())
            continue;
        auto* group = new QTreeWidgetItem(view);
        group->setText(0, plainText(menuAction));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addMenu(group, menuAction->menu(), QString());
    }
    view->expandAll();
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(new HeadingLabel(tr("Keyboard shortcuts"), 1.4, this));
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(520, 700);
}

}  // namespace iam::ui
