#pragma once

#include <optional>
#include <vector>

#include <QDialog>

#include "core/templates/PolicyTemplate.h"

class QLabel;
class QListView;
class QModelIndex;
class QStandardItemModel;

namespace iam::ui {

class JsonEditor;

// "New from a template": our own starting points (core/templates), each with a plain description
// and its JSON to look at before opening it.
class TemplateGalleryDialog final : public QDialog {
    Q_OBJECT

public:
    explicit TemplateGalleryDialog(QWidget* parent = nullptr);

    int templateCount() const { return static_cast<int>(m_templates.size()); }
    void selectTemplate(int row);
    // The chosen template and its text; nullopt when nothing is chosen.
    std::optional<PolicyTemplate> selectedTemplate() const;
    QString selectedText() const;
    QListView* templateList() const { return m_list; }

private:
    void showSelection();

    std::vector<PolicyTemplate> m_templates;
    std::vector<QString> m_texts;
    QStandardItemModel* m_model;
    QListView* m_list;
    QLabel* m_title;
    QLabel* m_kind;
    QLabel* m_description;
    JsonEditor* m_preview;
};

} // namespace iam::ui
