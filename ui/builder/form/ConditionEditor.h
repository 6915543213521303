#pragma once

#include <optional>

#include <QWidget>

#include "ui/builder/form/ConditionTableModel.h"
#include "ui/builder/form/StatementContext.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace iam::ui {

class PolicySession;

// A statement's conditions: a table of the tests it has, a panel to add or change one (key picker
// with type and description, operators that suit the key's type, IfExists and ForAnyValue /
// ForAllValues with what they mean, values checked against the key's type), and one-click recipes.
class ConditionEditor final : public QWidget {
    Q_OBJECT

public:
    explicit ConditionEditor(PolicySession& session, QWidget* parent = nullptr);

    void showStatement(const StatementContext& context);
    ConditionTableModel* model() const { return m_model; }
    // What the panel would write, e.g. "ForAnyValue:StringLikeIfExists".
    QString composedOperator() const;
    void applyRecipe(const QString& id);

signals:
    // A recipe is written for the other effect, and the user chose to switch the statement to it.
    void effectRequested(iam::Effect effect);

private:
    void keyChanged();
    void updateOperatorHint();
    void validateValues();
    QStringList enteredValues() const;
    QString keyType() const;
    void addOrSave();
    void editSelected();
    void removeSelected();
    void cancelEditing();
    void fillKeys();
    void showRecipeNote(const QString& text, std::optional<Effect> offerEffect);
    void editRow(int row);

    PolicySession& m_session;
    StatementContext m_context;
    ConditionTableModel* m_model;
    QPushButton* m_recipesButton;
    QLabel* m_recipeNote;
    QPushButton* m_switchEffectButton;
    std::optional<Effect> m_offeredEffect;
    QTableView* m_table;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
    QLabel* m_panelTitle;
    QComboBox* m_keyCombo;
    QLabel* m_keyInfo;
    QComboBox* m_operatorCombo;
    QLabel* m_operatorHint;
    QCheckBox* m_ifExists;
    QComboBox* m_qualifierCombo;
    QLabel* m_qualifierHint;
    QLineEdit* m_valuesField;
    QLabel* m_valuesError;
    QPushButton* m_addButton;
    QPushButton* m_cancelButton;
    std::optional<ConditionTableModel::Row> m_editing;
    QStringList m_keysShown;
};

} // namespace iam::ui
