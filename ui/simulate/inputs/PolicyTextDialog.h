#pragma once

#include <functional>
#include <utility>
#include <vector>

#include <QDialog>

#include "core/eval/PolicyType.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace iam::ui {

class JsonEditor;

// One policy of the simulation, to add or to edit: where it plays (type and, for SCPs and RCPs, the
// organization level), its name, and its JSON with its problems listed by line and column. OK is never
// blocked by problems: a policy that cannot be read yet can still be kept and fixed later; the
// simulation then says it cannot decide until it is fixed or switched off.
class PolicyTextDialog final : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    explicit PolicyTextDialog(Mode mode, QWidget* parent = nullptr);

    // The organization levels offered for SCPs and RCPs: (level, name) pairs, root first.
    void setLevelChoices(PolicyType type, std::vector<std::pair<int, QString>> levels);
    void setPlacement(PolicyType type, int level);
    PolicyType policyType() const;
    int level() const; // SCPs and RCPs; 0 for the others

    // Add mode: a name for a policy of each type ("SCP 2"). While the name field holds the suggestion,
    // choosing another type brings that type's suggestion.
    void setNameSuggestion(std::function<QString(PolicyType)> suggestion);
    void setPolicyName(const QString& name);
    QString policyName() const;
    void setPolicyText(const QString& text);
    QString policyText() const;

    JsonEditor* editor() const { return m_editor; }
    QLineEdit* nameField() const { return m_name; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* levelBox() const { return m_level; }
    QListWidget* problemList() const { return m_problems; }
    QPushButton* okButton() const { return m_ok; }
    QPushButton* layOutButton() const { return m_layOut; }

private:
    void updateLevels();
    void checkText();
    void jumpToProblem(int row);
    void updateOkButton();
    void layOutText();
    // The policy one element per line, as the app writes policies; the text itself when it cannot be read.
    static QString layOutOf(const QString& text);

    Mode m_mode;
    QComboBox* m_type;
    QLabel* m_typeHint;
    QLabel* m_placement = nullptr; // Edit mode: where the policy plays, as text
    QLabel* m_levelLabel;
    QComboBox* m_level;
    QLineEdit* m_name;
    JsonEditor* m_editor;
    QLabel* m_problemSummary;
    QListWidget* m_problems;
    QPushButton* m_layOut;
    QPushButton* m_ok;
    QTimer* m_checkTimer;
    std::vector<std::pair<int, QString>> m_scpLevels;
    std::vector<std::pair<int, QString>> m_rcpLevels;
    std::vector<int> m_problemPositions;
    std::function<QString(PolicyType)> m_nameSuggestion;
};

} // namespace iam::ui
