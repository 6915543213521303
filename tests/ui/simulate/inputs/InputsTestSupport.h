#pragma once

#include <functional>

#include <QAbstractItemView>
#include <QApplication>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include "core/eval/SimulationDocument.h"

// Shared by the Simulate inputs tests: small policies, clicks on item views, and the review pictures.

// Plain literals, not raw strings: moc in Qt 6.4 loses track of classes after a raw string.
inline const char* const kAllowGetObject
    = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
      "\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::team-reports/*\"}]}";
inline const char* const kAllowEverything
    = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}]}";
inline const char* const kDenyGetObject = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", "
                                          "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}";

inline iam::SimulationDocumentPolicy simulationPolicy(
    iam::PolicyType type, const char* name, const char* text, int level = 0, bool enabled = true)
{
    iam::SimulationDocumentPolicy policy;
    policy.type = type;
    policy.level = level;
    policy.name = name;
    policy.text = text;
    policy.enabled = enabled;
    return policy;
}

inline void clickIndex(QAbstractItemView* view, const QModelIndex& index, Qt::KeyboardModifiers modifiers = {})
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

inline void doubleClickIndex(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QPoint point = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, point);
}

// Where the style draws the check box of a checkable row.
inline QRect checkIndicatorRect(QAbstractItemView* view, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = index.data().toString();
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
}

// A dialog opened with open() is a child of the widget that opened it: wait for it to show.
template <typename Dialog> Dialog* waitForDialog(const QObject& owner)
{
    Dialog* found = nullptr;
    (void)QTest::qWaitFor([&] {
        for (Dialog* candidate : owner.findChildren<Dialog*>()) {
            if (candidate->isVisible())
                found = candidate;
        }
        return found != nullptr;
    });
    return found;
}
