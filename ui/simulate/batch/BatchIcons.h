#pragma once

#include <QIcon>
#include <QPalette>

#include "core/eval/EvaluationResult.h"

namespace iam::ui {

// The symbols of ResultStyle as item-view icons, so a matrix cell or a test row wears the same mark
// as the single request's decision. Drawn for the palette's theme.
QIcon decisionIcon(Decision decision, const QPalette& palette);
// A test's outcome: a check for passed, a cross for failed, an empty ring for "not run yet".
QIcon testOutcomeIcon(bool ran, bool passed, const QPalette& palette);

} // namespace iam::ui
