#pragma once

#include <functional>

#include <QString>

#include "core/learn/Lesson.h"

class QWidget;

namespace iam::ui {

// Builds the live widget a chapter's `::: widget <id> key=value` line asks for, with its content read
// from the compiled-in resources/lessons/widgets/*.json. Returns nullptr (and logs why) for an unknown
// id or unreadable data, so a chapter with a bad line still shows everything else.
// `tryInBuilder` is called with a policy's JSON when a widget offers "Try this in the builder".
QWidget* createLessonWidget(const LessonBlock& block, QWidget* parent,
                            const std::function<void(const QString&)>& tryInBuilder);

} // namespace iam::ui
