#pragma once

class QScrollArea;
class QWidget;

namespace iam::ui {

// Content that grows downwards and wraps its text to the width it is given: a horizontal scroll bar
// would only hide the ends of sentences, so it never shows. The area draws no frame and lets the
// page's background through, so a panel reads as part of the page rather than a box inside it.
QScrollArea* verticalScrollArea(QWidget* content, QWidget* parent);

// The same area filling `host` edge to edge, for views that are nothing but their scrolling content.
QScrollArea* fillWithVerticalScrollArea(QWidget* host, QWidget* content);

} // namespace iam::ui
