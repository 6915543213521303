#pragma once

#include <QListWidget>

#include "ui/shell/PageId.h"

namespace iam::ui {

// The page list on the left. Compact mode (presentation) shows large icons only, to give the
// page the width of the projector.
class NavigationList final : public QListWidget {
    Q_OBJECT

public:
    explicit NavigationList(QWidget* parent = nullptr);

    PageId currentPage() const;
    void setCurrentPage(PageId page);
    QRect pageRect(PageId page) const;  // where the page's entry is, in viewport coordinates
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

signals:
    void pageSelected(PageId page);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateItems();

    bool m_compact = false;
};

}  // namespace iam::ui
