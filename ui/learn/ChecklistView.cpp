#include "ui/learn/ChecklistView.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "ui/common/HeadingLabel.h"
#include "ui/learn/LessonText.h"

namespace iam::ui {

namespace {

QString settingsKey(const LessonTopic& item)
{
    return QStringLiteral("learn/checklist/%1").arg(QString::fromStdString(item.id));
}

} // namespace

ChecklistView::ChecklistView(std::vector<LessonTopic> items, QWidget* parent)
    : LessonCard(parent)
    , m_items(std::move(items))
{
    setObjectName(QStringLiteral("checklistView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(new HeadingLabel(tr("Pre-launch checklist"), 1.15, this));
    QSettings settings;
    for (const LessonTopic& item : m_items) {
        auto* box = new QCheckBox(QString::fromStdString(item.title), this);
        box->setObjectName(QStringLiteral("checklist-%1").arg(QString::fromStdString(item.id)));
        box->setToolTip(QStringLiteral("<p>%1</p>").arg(inlineMarkdownToHtml(item.text)));
        box->setChecked(settings.value(settingsKey(item), false).toBool());
        layout->addWidget(box);
        m_boxes << box;
        connect(box, &QCheckBox::toggled, this, [this, key = settingsKey(item)](bool checked) {
            QSettings().setValue(key, checked);
            updateSummary();
        });
    }
    auto* row = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    row->addWidget(m_summary, 1);
    auto* exportButton = new QPushButton(tr("Export as Markdown…"), this);
    exportButton->setObjectName(QStringLiteral("checklistExport"));
    connect(exportButton, &QPushButton::clicked, this, &ChecklistView::exportWithDialog);
    row->addWidget(exportButton);
    layout->addLayout(row);
    updateSummary();
}

int ChecklistView::tickedCount() const
{
    return static_cast<int>(std::count_if(m_boxes.begin(), m_boxes.end(), [](const QCheckBox* b) { return b->isChecked(); }));
}

void ChecklistView::updateSummary()
{
    const int ticked = tickedCount();
    m_summary->setText(ticked == m_boxes.size() ? tr("All %1 done. Ready for launch.").arg(ticked)
                                                : tr("%1 of %2 done.").arg(ticked).arg(m_boxes.size()));
}

QString ChecklistView::toMarkdown() const
{
    QString markdown = tr("# Pre-launch checklist") + QStringLiteral("\n\n");
    for (int i = 0; i < m_boxes.size(); ++i) {
        markdown += QStringLiteral("- [%1] %2\n")
                        .arg(m_boxes[i]->isChecked() ? QStringLiteral("x") : QStringLiteral(" "),
                             QString::fromStdString(m_items[static_cast<std::size_t>(i)].title));
    }
    return markdown;
}

bool ChecklistView::exportTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(toMarkdown().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ChecklistView::exportWithDialog()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                          + QStringLiteral("/pre-launch-checklist.md");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the checklist"), start, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export the checklist"), asSentence(error));
}

} // namespace iam::ui
