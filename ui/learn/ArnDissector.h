#pragma once

#include <QPair>
#include <QString>
#include <QVector>

#include "core/learn/ArnExplanation.h"
#include "ui/learn/LessonCard.h"

class QGridLayout;
class QLabel;
class QLineEdit;

namespace iam::ui {

class ArnPartsStrip;
class FlowLayout;

// The Learn page's ARN dissector: type or paste an ARN and see each part drawn, labelled and explained
// as you type, with what is wrong said in plain words and where. The explanations come from core
// (explainArn over the built-in catalog); this widget only shows them.
class ArnDissector final : public LessonCard {
    Q_OBJECT

public:
    explicit ArnDissector(QWidget* parent = nullptr);

    // "Try one" buttons: the ARN and a short note shown as its tooltip.
    void setExamples(const QVector<QPair<QString, QString>>& examples);
    void setArn(const QString& arn);
    QString arn() const;

    QLineEdit* input() const { return m_input; }
    ArnPartsStrip* strip() const { return m_strip; }
    const ArnExplanation& explanation() const { return m_explanation; }
    // What a reader sees, as plain text: the verdict, each part's row, the facts and the problems.
    QString visibleText() const;
    // "label: value" of every part row shown, in order.
    QStringList partRows() const;
    // The row the last click on the drawing pointed at, or -1.
    int highlightedRow() const { return m_highlightedRow; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void explain();
    void showParts();
    void showFactsAndProblems();
    void highlightRow(int index);

    QLineEdit* m_input = nullptr;
    FlowLayout* m_examples = nullptr;
    QWidget* m_examplesRow = nullptr;
    QLabel* m_status = nullptr;
    ArnPartsStrip* m_strip = nullptr;
    QWidget* m_partsList = nullptr;
    QGridLayout* m_partsGrid = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_problems = nullptr;
    QVector<QPair<QLabel*, QLabel*>> m_rows;
    ArnExplanation m_explanation;
    int m_highlightedRow = -1;
    bool m_refreshQueued = false;
};

} // namespace iam::ui
