#pragma once

#include <vector>

#include <QWidget>

#include "core/learn/Lesson.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace iam::ui {

// The Learn page: the chapters of resources/lessons/ with a table of contents (read / not read), search,
// prose as rich text with the live widgets between paragraphs, next / previous, and the reader's place
// remembered across runs. Check-question directives are skipped until the Quiz page can show them.
class LearnPage final : public QWidget {
    Q_OBJECT

public:
    explicit LearnPage(QWidget* parent = nullptr);

    int chapterCount() const { return static_cast<int>(m_lessons.size()); }
    int currentChapter() const { return m_current; }
    QString chapterId(int index) const;
    void showChapter(int index, int scroll = 0);
    bool showChapter(const QString& id);
    bool isRead(int index) const;
    // The link handler, public for tests: `iam:lesson/<id>`, `iam:page/<page>`, or a web address.
    void openLink(const QString& link);
    QListWidget* tableOfContents() const { return m_toc; }
    QLineEdit* searchField() const { return m_search; }
    QScrollArea* scrollArea() const { return m_scroll; }
    QWidget* chapterContent() const { return m_content; }

signals:
    void pageLinkActivated(const QString& pageKey);
    void policyToBuildRequested(const QString& policyJson);

protected:
    void hideEvent(QHideEvent* event) override;

private:
    void loadLessons();
    void fillTableOfContents();
    void filter(const QString& text);
    void markRead(int index);
    void savePosition() const;

    std::vector<Lesson> m_lessons;
    int m_current = -1;
    QLineEdit* m_search = nullptr;
    QListWidget* m_toc = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace iam::ui
