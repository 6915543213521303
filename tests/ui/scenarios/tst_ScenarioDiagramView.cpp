#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include "ui/scenarios/ScenarioDiagramView.h"

using namespace iam;
using namespace iam::ui;

namespace {

ScenarioNode node(const char* id, const char* label, ScenarioNodeKind kind, const char* policy = "")
{
    return { id, label, kind, std::string("Explains ") + id + ".", policy };
}

// caller → service → trust → role → permissions → api: six layers in a chain.
std::vector<ScenarioNode> chainNodes()
{
    return { node("api", "S3 API", ScenarioNodeKind::Api), node("caller", "AI assistant", ScenarioNodeKind::Caller),
        node("service", "EC2 instance\n(MCP server)", ScenarioNodeKind::Service),
        node("trust", "Trust policy", ScenarioNodeKind::Policy, "Trust"),
        node("role", "McpServerRole", ScenarioNodeKind::Role),
        node("permissions", "Permission policy", ScenarioNodeKind::Policy, "Permissions") };
}

std::vector<ScenarioEdge> chainEdges()
{
    return { { "caller", "service", "calls a tool" }, { "service", "trust", "asks for the role" },
        { "trust", "role", "lets EC2 in" }, { "role", "permissions", "is limited by" },
        { "permissions", "api", "allows the calls" } };
}

} // namespace

class tst_ScenarioDiagramView final : public QObject {
    Q_OBJECT

private slots:
    void arrowsGoLeftToRightWhenThereIsRoom()
    {
        ScenarioDiagramView view;
        view.setDiagram(chainNodes(), chainEdges());
        view.resize(view.sizeHint());
        QCOMPARE(view.rowCount(), 1);
        // Listed first in the file, the API still comes last: the layers follow the arrows.
        const QStringList order { "caller", "service", "trust", "role", "permissions", "api" };
        for (int i = 1; i < order.size(); ++i)
            QVERIFY2(view.nodeRect(order[i - 1]).right() < view.nodeRect(order[i]).left(), qPrintable(order[i]));
    }

    void narrowWidthWrapsOntoRowsWithoutOverlap()
    {
        ScenarioDiagramView view;
        view.setDiagram(chainNodes(), chainEdges());
        const int natural = view.sizeHint().width();
        view.resize(natural / 2, view.heightForWidth(natural / 2));
        QVERIFY(view.rowCount() > 1);
        QVERIFY(view.nodeRect("api").top() > view.nodeRect("caller").bottom());
        for (const auto& a : view.nodes()) {
            const QRect rect = view.nodeRect(QString::fromStdString(a.id));
            QVERIFY(view.rect().contains(rect));
            for (const auto& b : view.nodes()) {
                if (a.id != b.id)
                    QVERIFY(!rect.intersects(view.nodeRect(QString::fromStdString(b.id))));
            }
        }
        // Boxes keep their readable size: a label is never squeezed.
        QVERIFY(
            view.nodeRect("service").width() >= view.fontMetrics().horizontalAdvance(QStringLiteral("EC2 instance")));
    }

    void hoverExplainsAndClickOpensThePolicy()
    {
        ScenarioDiagramView view;
        view.setDiagram(chainNodes(), chainEdges());
        view.resize(view.sizeHint());
        const QPoint role = view.nodeRect("role").center();
        QVERIFY(view.toolTipAt(role).contains(QStringLiteral("Explains role.")));
        QVERIFY(view.toolTipAt(QPoint(1, 1)).isEmpty());

        // The real tooltip, as the mouse resting on the box asks for it.
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHelpEvent help(QEvent::ToolTip, role, view.mapToGlobal(role));
        QCoreApplication::sendEvent(&view, &help);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Explains role.")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("McpServerRole")));

        QSignalSpy spy(&view, &ScenarioDiagramView::policyActivated);
        QTest::mouseClick(&view, Qt::LeftButton, {}, role);
        QCOMPARE(spy.count(), 0); // a role is not a policy
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.nodeRect("trust").center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Trust"));
    }

    void growsWithTheFont()
    {
        ScenarioDiagramView view;
        view.setDiagram(chainNodes(), chainEdges());
        const QSize before = view.sizeHint();
        QFont larger = view.font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        view.setFont(larger);
        QVERIFY(view.sizeHint().width() > before.width() * 1.3);
        QVERIFY(view.sizeHint().height() > before.height() * 1.3);
    }
};

QTEST_MAIN(tst_ScenarioDiagramView)
#include "tst_ScenarioDiagramView.moc"
