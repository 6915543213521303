#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

#include "../../UiTestSupport.h"
#include "core/eval/SimulationDocument.h"
#include "ui/common/JsonEditor.h"
#include "ui/shell/ThemeManager.h"
#include "ui/simulate/SimulationSession.h"
#include "ui/simulate/results/DecisionBanner.h"
#include "ui/simulate/results/EvaluationFlowView.h"
#include "ui/simulate/results/ResultStyle.h"
#include "ui/simulate/results/SmallestFixView.h"
#include "ui/simulate/results/TraceModel.h"
#include "ui/simulate/results/TraceView.h"
#include "ui/simulate/results/WhatIfView.h"

using namespace iam;
using namespace iam::ui;

Q_DECLARE_METATYPE(iam::StatementRef)

namespace {

// Plain literals, not raw strings: moc in Qt 6.4 loses track of classes after a raw string.
const char* const kAlice = "arn:aws:iam::111122223333:user/alice";

std::string policy(const std::string& statements)
{
    return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n" + statements + "\n  ]\n}\n";
}

std::string statement(const std::string& sid, const std::string& effect, const std::string& action,
    const std::string& resource, const std::string& condition = {})
{
    std::string text = "    {\n      \"Sid\": \"" + sid + "\",\n      \"Effect\": \"" + effect
        + "\",\n      \"Action\": \"" + action + "\",\n      \"Resource\": \"" + resource + "\"";
    if (!condition.empty())
        text += ",\n      \"Condition\": " + condition;
    return text + "\n    }";
}

SimulationDocumentPolicy entry(PolicyType type, const std::string& name, const std::string& text, int level = 0)
{
    SimulationDocumentPolicy result;
    result.type = type;
    result.name = name;
    result.text = text;
    result.level = level;
    return result;
}

Request request(const std::string& action, const std::string& resource)
{
    Request result;
    result.principal = kAlice;
    result.action = action;
    result.resource = resource;
    return result;
}

const std::string kReadReports = statement("ReadReports", "Allow", "s3:GetObject", "arn:aws:s3:::reports/*");

SimulationDocument allowedDocument()
{
    SimulationDocument document;
    document.policies.push_back(entry(PolicyType::Identity, "Dev", policy(kReadReports)));
    document.request = request("s3:GetObject", "arn:aws:s3:::reports/q3.pdf");
    return document;
}

// Dev allows all of S3 but denies deletes in its second statement.
SimulationDocument explicitDenyDocument()
{
    SimulationDocument document;
    document.policies.push_back(entry(PolicyType::Identity, "Dev",
        policy(statement("AllS3", "Allow", "s3:*", "*") + ",\n"
            + statement("NoDeletes", "Deny", "s3:DeleteObject", "arn:aws:s3:::reports/*"))));
    document.request = request("s3:DeleteObject", "arn:aws:s3:::reports/q3.pdf");
    return document;
}

// Three SCP levels; the OU in the middle allows only EC2.
SimulationDocument scpDocument()
{
    SimulationDocument document = allowedDocument();
    const std::string full = policy(statement("FullAWSAccess", "Allow", "*", "*"));
    document.policies.push_back(entry(PolicyType::Scp, "FullAWSAccess", full, 0));
    document.policies.push_back(
        entry(PolicyType::Scp, "OnlyEc2", policy(statement("OnlyEc2", "Allow", "ec2:*", "*")), 1));
    document.policies.push_back(entry(PolicyType::Scp, "AccountFull", full, 2));
    return document;
}

SimulationDocument boundaryDocument()
{
    SimulationDocument document;
    document.policies.push_back(entry(PolicyType::Identity, "Dev", policy(statement("AllS3", "Allow", "s3:*", "*"))));
    document.policies.push_back(entry(
        PolicyType::PermissionBoundary, "ListOnly", policy(statement("ListOnly", "Allow", "s3:ListBucket", "*"))));
    document.request = request("s3:GetObject", "arn:aws:s3:::reports/q3.pdf");
    return document;
}

// Alice's account allows the read, but the bucket belongs to another account and has no policy.
SimulationDocument crossAccountDocument()
{
    SimulationDocument document = allowedDocument();
    document.request.resourceAccount = "444455556666";
    return document;
}

// The read needs MFA; the request says nothing about it.
SimulationDocument mfaDocument()
{
    SimulationDocument document;
    document.policies.push_back(entry(PolicyType::Identity, "Dev",
        policy(statement("ReadWithMfa", "Allow", "s3:GetObject", "arn:aws:s3:::reports/*",
            "{\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}"))));
    document.request = request("s3:GetObject", "arn:aws:s3:::reports/q3.pdf");
    return document;
}

int lineOf(const std::string& text, const std::string& needle)
{
    const std::size_t at = text.find(needle);
    return at == std::string::npos ? 0 : static_cast<int>(std::count(text.begin(), text.begin() + at, '\n')) + 1;
}

} // namespace

class tst_ResultsViews final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("iam-studio-tests-results"));
        qRegisterMetaType<iam::StatementRef>();
        m_theme = std::make_unique<ThemeManager>();
        m_theme->setTheme(Theme::Light);
    }

    void init() { m_session = std::make_unique<SimulationSession>(); }

    void cleanup()
    {
        m_session.reset();
        m_theme->setTheme(Theme::Light);
    }

    void withoutADecisionTheBannerSaysWhatIsMissing()
    {
        DecisionBanner banner(*m_session);
        QCOMPARE(banner.title(), QStringLiteral("No decision yet"));
        QVERIFY2(banner.reason().contains(QStringLiteral("Choose an action")), qPrintable(banner.reason()));
        EvaluationFlowView flow(*m_session);
        QVERIFY(!flow.hasResult());
        QCOMPARE(flow.litGateName(), QString());
        QVERIFY(!flow.stoppedAt());
    }

    void allowedRequest()
    {
        m_session->setDocument(allowedDocument());
        DecisionBanner banner(*m_session);
        QCOMPARE(banner.title(), QStringLiteral("Allowed"));
        QVERIFY2(banner.reason().startsWith(QStringLiteral("Identity-based policy Dev")), qPrintable(banner.reason()));
        QVERIFY2(banner.reason().contains(QStringLiteral("ReadReports")), qPrintable(banner.reason()));

        EvaluationFlowView flow(*m_session);
        QCOMPARE(flow.litGateName(), QStringLiteral("decision"));
        QVERIFY(!flow.stoppedAt());
        QCOMPARE(flow.flow().gate(QStringLiteral("identity"))->state, FlowGate::State::Passed);
        QVERIFY(flow.flow().gate(QStringLiteral("identity"))->detail.contains(QStringLiteral("ReadReports")));
        QCOMPARE(flow.flow().gate(QStringLiteral("deny"))->state, FlowGate::State::Passed);
        for (const char* key : { "scp:0", "rcp:0", "resource", "permissionBoundary", "session" })
            QCOMPARE(flow.flow().gate(QString::fromLatin1(key))->state, FlowGate::State::NotInPlay);
        // One account: either side is enough, and the diagram says so.
        QVERIFY(flow.flow().gate(QStringLiteral("resource"))->pairNote.contains(QStringLiteral("either")));

        SmallestFixView fix(*m_session);
        QVERIFY(fix.summary().contains(QStringLiteral("Nothing to fix")));
        QVERIFY(!fix.applyButton()->isVisibleTo(&fix));
    }

    void explicitDeny()
    {
        m_session->setDocument(explicitDenyDocument());
        DecisionBanner banner(*m_session);
        QCOMPARE(banner.title(), QStringLiteral("Denied — an explicit Deny"));
        QVERIFY2(banner.reason().contains(QStringLiteral("NoDeletes")), qPrintable(banner.reason()));
        QVERIFY(banner.reason().contains(QStringLiteral("A Deny always wins")));

        EvaluationFlowView flow(*m_session);
        QCOMPARE(flow.litGateName(), QStringLiteral("deny"));
        const auto stop = flow.stoppedAt();
        QVERIFY(stop);
        QCOMPARE(stop->kind, FlowStop::Kind::ExplicitDeny);
        QVERIFY2(stop->statement.contains(QStringLiteral("NoDeletes")), qPrintable(stop->statement));
        // The identity gate shows where the Deny lives; its Allow never got a say.
        QCOMPARE(flow.flow().gate(QStringLiteral("identity"))->state, FlowGate::State::DenyHere);
        QVERIFY(flow.flow().gate(QStringLiteral("deny"))->detail.contains(QStringLiteral("NoDeletes")));
    }

    void implicitDenyAtTheOrganizationsMiddleLevel()
    {
        m_session->setDocument(scpDocument());
        DecisionBanner banner(*m_session);
        QCOMPARE(banner.title(), QStringLiteral("Denied — nothing allows it"));
        QVERIFY2(banner.reason().contains(QStringLiteral("service control policy")), qPrintable(banner.reason()));
        QVERIFY2(banner.reason().contains(QStringLiteral("OU")), qPrintable(banner.reason()));

        EvaluationFlowView flow(*m_session);
        QCOMPARE(flow.litGateName(), QStringLiteral("scp:1"));
        QCOMPARE(flow.stoppedAt()->kind, FlowStop::Kind::ImplicitDeny);
        QCOMPARE(flow.flow().gate(QStringLiteral("scp:0"))->state, FlowGate::State::Passed);
        QVERIFY(flow.flow().gate(QStringLiteral("scp:0"))->title.contains(QStringLiteral("organization root")));
        QVERIFY(flow.flow().gate(QStringLiteral("scp:2"))->title.contains(QStringLiteral("account")));
        // After the stop nothing is lit, but the reader learns the identity policy would have allowed.
        QCOMPARE(flow.flow().gate(QStringLiteral("identity"))->state, FlowGate::State::NotReached);
        QVERIFY(flow.flow().gate(QStringLiteral("identity"))->detail.contains(QStringLiteral("would allow")));
    }

    void implicitDenyByTheBoundary()
    {
        m_session->setDocument(boundaryDocument());
        DecisionBanner banner(*m_session);
        QCOMPARE(banner.title(), QStringLiteral("Denied — nothing allows it"));
        QVERIFY2(banner.reason().contains(QStringLiteral("permissions boundary")), qPrintable(banner.reason()));
        EvaluationFlowView flow(*m_session);
        QCOMPARE(flow.litGateName(), QStringLiteral("permissionBoundary"));
        QCOMPARE(flow.flow().gate(QStringLiteral("identity"))->state, FlowGate::State::Passed);
    }

    void implicitDenyAcrossAccountsStopsAtTheResourceGate()
    {
        m_session->setDocument(crossAccountDocument());
        DecisionBanner banner(*m_session);
        QCOMPARE(banner.title(), QStringLiteral("Denied — nothing allows it"));
        QVERIFY2(banner.reason().contains(QStringLiteral("another account")), qPrintable(banner.reason()));
        EvaluationFlowView flow(*m_session);
        QCOMPARE(flow.litGateName(), QStringLiteral("resource"));
        QVERIFY(flow.flow().crossAccount());
        QVERIFY(flow.flow().gate(QStringLiteral("resource"))->pairNote.contains(QStringLiteral("both")));
    }

    void sameAccountWithNeitherSideAllowingStopsAtIdentity()
    {
        SimulationDocument document = allowedDocument();
        document.request.action = "s3:PutObject";
        document.policies.push_back(entry(PolicyType::Resource, "Bucket",
            "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": "
            "\"arn:aws:iam::111122223333:user/bob\"}, \"Action\": \"s3:PutObject\", \"Resource\": \"*\"}]}"));
        m_session->setDocument(document);
        EvaluationFlowView flow(*m_session);
        QCOMPARE(flow.litGateName(), QStringLiteral("identity"));
        QVERIFY(flow.flow().gate(QStringLiteral("identity"))->detail.contains(QStringLiteral("neither")));
        DecisionBanner banner(*m_session);
        QVERIFY2(banner.reason().contains(QStringLiteral("Neither")), qPrintable(banner.reason()));
    }

    void aDirectGrantNeedsNoOtherAllow()
    {
        // The bucket policy names Alice herself: in one account neither her identity-based policies nor
        // her boundary need to allow (docs/fidelity.md, "Resource policy naming the exact caller").
        SimulationDocument document = boundaryDocument();
        document.policies[0].text = policy(kReadReports);
        document.request.action = "s3:PutObject";
        document.policies.push_back(entry(PolicyType::Resource, "Bucket",
            "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"AliceWrites\", \"Effect\": \"Allow\", "
            "\"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:user/alice\"}, \"Action\": \"s3:PutObject\", "
            "\"Resource\": \"*\"}]}"));
        m_session->setDocument(document);
        QCOMPARE(m_session->result()->decision, Decision::Allowed);
        EvaluationFlowView flow(*m_session);
        QCOMPARE(flow.litGateName(), QStringLiteral("decision"));
        QCOMPARE(flow.flow().gate(QStringLiteral("resource"))->state, FlowGate::State::Passed);
        QCOMPARE(flow.flow().gate(QStringLiteral("identity"))->state, FlowGate::State::Bypassed);
        QCOMPARE(flow.flow().gate(QStringLiteral("permissionBoundary"))->state, FlowGate::State::Bypassed);
        DecisionBanner banner(*m_session);
        QVERIFY2(
            banner.reason().startsWith(QStringLiteral("Resource-based policy Bucket")), qPrintable(banner.reason()));
    }

    void hoveringAGateExplainsIt()
    {
        m_session->setDocument(boundaryDocument());
        EvaluationFlowView flow(*m_session);
        flow.resize(flow.sizeHint());
        const QRect boundary = flow.gateRect(QStringLiteral("permissionBoundary"));
        QVERIFY(!boundary.isEmpty());
        const QString tip = flow.toolTipAt(boundary.center());
        QVERIFY2(tip.contains(QStringLiteral("grants nothing by itself")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("Stopped here")));
        QVERIFY(flow.toolTipAt(QPoint(-5, -5)).isEmpty());
        // Every box lies inside the widget and none overlaps the next.
        QRect previous;
        for (const FlowGate& gate : flow.flow().gates()) {
            const QRect rect = flow.gateRect(gate.key);
            QVERIFY2(flow.rect().contains(rect), qPrintable(gate.key));
            QVERIFY2(!rect.intersects(previous), qPrintable(gate.key));
            previous = rect;
        }
    }

    void hoveringShowsTheTooltip()
    {
        m_session->setDocument(scpDocument());
        EvaluationFlowView flow(*m_session);
        flow.resize(600, flow.heightForWidth(600));
        flow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&flow));
        const QPoint at = flow.gateRect(QStringLiteral("scp:1")).center();
        QHelpEvent help(QEvent::ToolTip, at, flow.mapToGlobal(at));
        QApplication::sendEvent(&flow, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Every level")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QStringLiteral("OU")));
        QToolTip::hideText();
    }

    void switchingThemeRecoloursTheViews()
    {
        m_session->setDocument(explicitDenyDocument());
        DecisionBanner banner(*m_session);
        auto* title = child<QLabel>(banner, "decisionTitle");
        const auto shown = [title] {
            title->ensurePolished();
            return title->palette().color(QPalette::WindowText);
        };
        const QColor light = shown();
        QCOMPARE(light, ResultStyle::foreground(ResultStyle::Tone::ExplicitDeny, QApplication::palette()));
        m_theme->setTheme(Theme::Dark);
        QCoreApplication::processEvents();
        const QColor dark = shown();
        QCOMPARE(dark, ResultStyle::foreground(ResultStyle::Tone::ExplicitDeny, QApplication::palette()));
        QVERIFY(dark != light);
        QVERIFY(dark.lightnessF() > 0.5);
    }

    void flowGrowsWithTheFont()
    {
        m_session->setDocument(scpDocument());
        EvaluationFlowView flow(*m_session);
        const QSize before = flow.sizeHint();
        QFont bigger = flow.font();
        bigger.setPointSizeF(bigger.pointSizeF() * 1.5);
        flow.setFont(bigger);
        QVERIFY2(flow.sizeHint().height() > before.height() * 1.3,
            qPrintable(QStringLiteral("%1 → %2").arg(before.height()).arg(flow.sizeHint().height())));
    }

    void traceTreeListsPoliciesAndStatements()
    {
        m_session->setDocument(explicitDenyDocument());
        TraceView trace(*m_session);
        QAbstractItemModelTester tester(trace.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        TraceModel* model = trace.model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex dev = model->index(0, TraceModel::StatementColumn);
        QVERIFY(dev.data().toString().contains(QStringLiteral("Dev")));
        QCOMPARE(model->rowCount(dev), 2);
        QCOMPARE(model->index(0, TraceModel::MatchColumn, dev).data().toString(), QStringLiteral("Matches"));
        QCOMPARE(model->index(1, TraceModel::EffectColumn, dev).data().toString(), QStringLiteral("Deny"));
        QVERIFY(model->index(1, TraceModel::ReasonColumn, dev).data().toString().contains(QStringLiteral("decides")));

        // A statement that does not match says why, in the engine's words.
        m_session->setRequest(request("s3:GetObject", "arn:aws:s3:::reports/q3.pdf"));
        const QModelIndex again = model->index(0, TraceModel::StatementColumn);
        QCOMPARE(model->index(1, TraceModel::MatchColumn, again).data().toString(), QStringLiteral("No match"));
        const QString why = model->index(1, TraceModel::ReasonColumn, again).data().toString();
        QVERIFY2(why.contains(QStringLiteral("s3:GetObject")), qPrintable(why));
    }

    void clickingAStatementHighlightsItsLines()
    {
        const SimulationDocument document = explicitDenyDocument();
        m_session->setDocument(document);
        TraceView trace(*m_session);
        trace.resize(700, 600);
        trace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&trace));
        const std::string& text = document.policies[0].text;

        // The deciding Deny is shown at once.
        QCOMPARE(trace.highlightedLines().first, lineOf(text, "\"Sid\": \"NoDeletes\"") - 1);
        QCOMPARE(trace.editor()->documentText(), QString::fromStdString(text));
        QVERIFY(trace.editor()->isReadOnly());

        // Click the first statement: its own lines light up, from `{` to `}`.
        const QModelIndex dev = trace.model()->index(0, 0);
        const QModelIndex first = trace.model()->index(0, 0, dev);
        QTest::mouseClick(trace.tree()->viewport(), Qt::LeftButton, {}, trace.tree()->visualRect(first).center());
        const int sidLine = lineOf(text, "\"Sid\": \"AllS3\"");
        QCOMPARE(trace.highlightedLines(), qMakePair(sidLine - 1, sidLine + 4));
        const QTextBlock block = trace.editor()->document()->findBlockByNumber(sidLine - 1);
        QVERIFY(block.blockFormat().background().style() != Qt::NoBrush);
        QCOMPARE(
            trace.editor()->document()->findBlockByNumber(sidLine + 6).blockFormat().background().style(), Qt::NoBrush);

        // selectStatement reaches the same place from elsewhere (the fix view's "Show").
        StatementRef deny = m_session->result()->decidedBy.front();
        QVERIFY(trace.selectStatement(deny));
        QCOMPARE(trace.selectedStatement()->statementIndex, std::size_t(1));
        QCOMPARE(trace.highlightedLines().first, lineOf(text, "\"Sid\": \"NoDeletes\"") - 1);
    }

    void whatIfUseThisValueFlipsTheDecision()
    {
        m_session->setDocument(mfaDocument());
        WhatIfView whatIf(*m_session);
        QCOMPARE(m_session->result()->decision, Decision::ImplicitDeny);
        QCOMPARE(whatIf.cardCount(), 1);
        QVERIFY(!child<QLabel>(whatIf, "whatIfEmpty")->isVisibleTo(&whatIf));
        const QString with = child<QLabel>(whatIf, "whatIfWith")->text();
        QVERIFY2(with.contains(QStringLiteral("aws:MultiFactorAuthPresent")) && with.contains(QStringLiteral("true")),
            qPrintable(with));
        QVERIFY(with.contains(QStringLiteral("Allowed")));

        whatIf.resize(620, 260);
        whatIf.show();
        QVERIFY(QTest::qWaitForWindowExposed(&whatIf));
        QVERIFY(save(whatIf, QStringLiteral("simulate-light-results-whatif-flip")));
        m_theme->setTheme(Theme::Dark);
        QCoreApplication::processEvents(); // the new theme's cards are laid out on the next pass
        QVERIFY(save(whatIf, QStringLiteral("simulate-dark-results-whatif-flip")));
        QCOMPARE(whatIf.cardCount(), 1);
        QTest::mouseClick(child<QPushButton>(whatIf, "useValue"), Qt::LeftButton);
        QCOMPARE(m_session->result()->decision, Decision::Allowed);
        QCOMPARE(m_session->request().context.size(), std::size_t(1));
        QCOMPARE(m_session->request().context[0].key, std::string("aws:MultiFactorAuthPresent"));
        QCOMPARE(m_session->request().context[0].values, std::vector<std::string> { "true" });
        QTRY_COMPARE(whatIf.cardCount(), 0);
        QVERIFY(child<QLabel>(whatIf, "whatIfEmpty")->isVisibleTo(&whatIf));
    }

    void applyFixFlipsAnImplicitDeny_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("scp") << 0;
        QTest::newRow("boundary") << 1;
        QTest::newRow("cross-account") << 2;
    }

    void applyFixFlipsAnImplicitDeny()
    {
        QFETCH(int, which);
        m_session->setDocument(which == 0 ? scpDocument() : which == 1 ? boundaryDocument() : crossAccountDocument());
        SmallestFixView fix(*m_session);
        fix.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fix));
        QCOMPARE(m_session->result()->decision, Decision::ImplicitDeny);
        QCOMPARE(m_session->smallestFix().kind, SmallestFix::Kind::AddAllow);
        QVERIFY(!fix.summary().isEmpty());
        const auto statements = fix.findChildren<JsonEditor*>(QStringLiteral("fixStatement"));
        QCOMPARE(statements.size(), static_cast<qsizetype>(m_session->smallestFix().steps.size()));
        QVERIFY(statements.front()->documentText().contains(QStringLiteral("s3:GetObject")));
        QVERIFY(statements.front()->isReadOnly());
        QVERIFY(fix.applyButton()->isEnabled());
        QTest::mouseClick(fix.applyButton(), Qt::LeftButton);
        QCOMPARE(m_session->result()->decision, Decision::Allowed);
        QVERIFY(fix.summary().contains(QStringLiteral("Nothing to fix")));
    }

    void applyFixFlipsManyDeniedRequests()
    {
        // Every pairing of three organizations of policies with several actions and resources; each
        // one denied for want of an Allow must be allowed after one click on "Apply fix".
        int flipped = 0;
        for (int which = 0; which < 3; ++which) {
            for (const char* action : { "s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:GetObjectTagging",
                     "s3:PutObjectAcl", "s3:ListBucket" }) {
                for (const char* resource : { "arn:aws:s3:::reports/q3.pdf", "arn:aws:s3:::logs/2026/app.log" }) {
                    SimulationDocument document = which == 0 ? scpDocument()
                        : which == 1                         ? boundaryDocument()
                                                             : crossAccountDocument();
                    document.request.action = action;
                    document.request.resource = resource;
                    m_session->setDocument(document);
                    if (m_session->result()->decision != Decision::ImplicitDeny)
                        continue;
                    SmallestFixView fix(*m_session);
                    fix.show();
                    QVERIFY(QTest::qWaitForWindowExposed(&fix));
                    const QString label = QStringLiteral("%1 %2 %3").arg(which).arg(QLatin1String(action),
                        QLatin1String(resource));
                    QVERIFY2(fix.applyButton()->isEnabled(), qPrintable(label));
                    QTest::mouseClick(fix.applyButton(), Qt::LeftButton);
                    QVERIFY2(m_session->result()->decision == Decision::Allowed, qPrintable(label));
                    ++flipped;
                }
            }
        }
        QVERIFY2(flipped >= 20, qPrintable(QString::number(flipped)));
    }

    void explicitDenyFixNamesTheDenyWithAShowLink()
    {
        m_session->setDocument(explicitDenyDocument());
        SmallestFixView fix(*m_session);
        TraceView trace(*m_session);
        connect(&fix, &SmallestFixView::statementRequested, &trace, &TraceView::selectStatement);
        QSignalSpy requested(&fix, &SmallestFixView::statementRequested);
        fix.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fix));
        QCOMPARE(m_session->smallestFix().kind, SmallestFix::Kind::ChangeDeny);
        QVERIFY(!fix.applyButton()->isVisibleTo(&fix));

        // First show a statement other than the Deny, so "Show" visibly moves the selection.
        trace.selectStatement(m_session->result()->trace.front().ref);
        QCOMPARE(trace.selectedStatement()->statementIndex, std::size_t(0));
        QTest::mouseClick(child<QPushButton>(fix, "showDenyStatement"), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<StatementRef>().sid.value_or(""), std::string("NoDeletes"));
        QCOMPARE(trace.selectedStatement()->statementIndex, std::size_t(1));
    }

    void handBuiltFixShowsEveryPart()
    {
        m_session->setDocument(boundaryDocument());
        SmallestFixView view(*m_session);
        SmallestFix fix;
        fix.kind = SmallestFix::Kind::AddAllow;
        fix.summary = "Add `s3:GetObject` to the boundary.";
        FixStep step;
        step.type = PolicyType::PermissionBoundary;
        step.policyIndex = 1;
        step.statementJson = "{\n  \"Effect\": \"Allow\",\n  \"Action\": \"s3:GetObject\",\n  \"Resource\": \"*\"\n}";
        step.reason = "a boundary only limits";
        fix.steps.push_back(step);
        fix.contextAlternative = "send `aws:MultiFactorAuthPresent` = `true`";
        view.showFix(fix);
        const QString heading = child<QLabel>(view, "fixStepHeading")->text();
        QVERIFY2(
            heading.contains(QStringLiteral("permissions boundary")) && heading.contains(QStringLiteral("ListOnly")),
            qPrintable(heading));
        QVERIFY(child<QLabel>(view, "fixContextAlternative")->text().contains(QStringLiteral("Or, without editing")));
        JsonEditor* json = child<JsonEditor>(view, "fixStatement");
        // The snippet is tall enough for all five lines, so nothing hides behind a scroll bar.
        QVERIFY(json->height() >= 5 * json->fontMetrics().lineSpacing());
    }

    void coloursReadInBothThemes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void coloursReadInBothThemes()
    {
        QFETCH(bool, dark);
        m_theme->setTheme(dark ? Theme::Dark : Theme::Light);
        const QPalette palette = QApplication::palette();
        QCOMPARE(ResultStyle::isDark(palette), dark);
        for (auto tone :
            { ResultStyle::Tone::Allowed, ResultStyle::Tone::ExplicitDeny, ResultStyle::Tone::ImplicitDeny }) {
            const QColor text = ResultStyle::foreground(tone, palette);
            for (const QColor& behind : { ResultStyle::background(tone, palette), palette.color(QPalette::Base),
                     palette.color(QPalette::Window) }) {
                const double ratio = contrast(text, behind);
                QVERIFY2(ratio >= 4.5,
                    qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), behind.name()).arg(ratio)));
            }
        }
        // The three decisions differ in hue, not only in words.
        QVERIFY(ResultStyle::foreground(ResultStyle::Tone::ExplicitDeny, palette)
            != ResultStyle::foreground(ResultStyle::Tone::ImplicitDeny, palette));
    }

    void screenshots_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("which");
        for (const bool dark : { false, true }) {
            const char* theme = dark ? "dark" : "light";
            QTest::newRow(qPrintable(QStringLiteral("%1 allowed").arg(QLatin1String(theme)))) << dark << 0;
            QTest::newRow(qPrintable(QStringLiteral("%1 explicit").arg(QLatin1String(theme)))) << dark << 1;
            QTest::newRow(qPrintable(QStringLiteral("%1 implicit").arg(QLatin1String(theme)))) << dark << 2;
        }
    }

    void screenshots()
    {
        QFETCH(bool, dark);
        QFETCH(int, which);
        m_theme->setTheme(dark ? Theme::Dark : Theme::Light);
        const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        const QString what = which == 0 ? QStringLiteral("allowed")
            : which == 1                ? QStringLiteral("explicit")
                                        : QStringLiteral("implicit");
        SimulationDocument document = which == 0 ? allowedDocument()
            : which == 1                         ? explicitDenyDocument()
                                                 : scpDocument();
        if (which == 0) {
            SimulationDocumentPolicy mfa = mfaDocument().policies.front(); // a what-if to show
            mfa.name = "NeedsMfa";
            document.policies.push_back(mfa);
        }
        m_session->setDocument(document);

        QWidget column;
        column.setObjectName(QStringLiteral("resultsColumn"));
        column.setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(&column);
        auto* banner = new DecisionBanner(*m_session, &column);
        auto* flow = new EvaluationFlowView(*m_session, &column);
        auto* trace = new TraceView(*m_session, &column);
        layout->addWidget(banner);
        layout->addWidget(flow);
        layout->addWidget(trace, 1);
        column.resize(720, 1180);
        column.show();
        QVERIFY(QTest::qWaitForWindowExposed(&column));
        QVERIFY(save(column, QStringLiteral("simulate-%1-results-column-%2").arg(theme, what)));
        QVERIFY(save(*banner, QStringLiteral("simulate-%1-results-banner-%2").arg(theme, what)));
        QVERIFY(save(*flow, QStringLiteral("simulate-%1-results-flow-%2").arg(theme, what)));
        QVERIFY(save(*trace, QStringLiteral("simulate-%1-results-trace-%2").arg(theme, what)));

        if (which == 2) {
            // The cross-account case: the pair's "and", and the stop at the resource gate.
            SimulationSession cross;
            cross.setDocument(crossAccountDocument());
            EvaluationFlowView crossFlow(cross);
            crossFlow.resize(700, crossFlow.heightForWidth(700));
            crossFlow.show();
            QVERIFY(QTest::qWaitForWindowExposed(&crossFlow));
            QVERIFY(save(crossFlow, QStringLiteral("simulate-%1-results-flow-crossaccount").arg(theme)));
        }

        QWidget side;
        side.setAutoFillBackground(true);
        auto* sideLayout = new QVBoxLayout(&side);
        auto* whatIf = new WhatIfView(*m_session, &side);
        auto* fix = new SmallestFixView(*m_session, &side);
        sideLayout->addWidget(whatIf);
        sideLayout->addWidget(fix);
        side.resize(620, 700);
        side.show();
        QVERIFY(QTest::qWaitForWindowExposed(&side));
        QVERIFY(save(*whatIf, QStringLiteral("simulate-%1-results-whatif-%2").arg(theme, what)));
        QVERIFY(save(*fix, QStringLiteral("simulate-%1-results-fix-%2").arg(theme, what)));
    }

private:
    static double luminance(const QColor& color)
    {
        const auto channel = [](double value) {
            value /= 255.0;
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue());
    }

    static double contrast(const QColor& a, const QColor& b)
    {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }

    static bool save(QWidget& widget, const QString& name) { return widget.grab().save(screenshotPath(name)); }

    std::unique_ptr<ThemeManager> m_theme;
    std::unique_ptr<SimulationSession> m_session;
};

QTEST_MAIN(tst_ResultsViews)
#include "tst_ResultsViews.moc"
