#include "ui/learn/LessonWidgetFactory.h"

#include <functional>

#include <QLoggingCategory>

#include "core/learn/LessonWidgetData.h"
#include "ui/common/AppResources.h"
#include "ui/learn/ArnDissector.h"
#include "ui/learn/BuildingView.h"
#include "ui/learn/ChecklistView.h"
#include "ui/learn/CompareTable.h"
#include "ui/learn/LessonEvaluationFlow.h"
#include "ui/learn/PolicyAnatomyView.h"
#include "ui/learn/TopicListView.h"

Q_LOGGING_CATEGORY(lcLessonWidgets, "iam.learn.widgets")

namespace iam::ui {

namespace {

std::string option(const LessonBlock& block, const std::string& key, const std::string& fallback = {})
{
    for (const auto& [name, value] : block.options) {
        if (name == key)
            return value;
    }
    return fallback;
}

// The data file's text, or nothing (logged) when it is missing.
std::optional<std::string> dataText(const LessonBlock& block)
{
    const std::string file = lessonWidgetDataFile(block.text, option(block, "table"));
    if (file.empty())
        return std::nullopt;
    const QByteArray bytes = readAppResource(QStringLiteral(":/lessons/") + QString::fromStdString(file));
    if (bytes.isEmpty()) {
        qCWarning(lcLessonWidgets) << "no data file" << file.c_str() << "for widget" << block.text.c_str();
        return std::nullopt;
    }
    return bytes.toStdString();
}

template <typename T> std::optional<T> logged(std::optional<T> data, const std::vector<Diagnostic>& diagnostics,
                                              const LessonBlock& block)
{
    for (const Diagnostic& diagnostic : diagnostics)
        qCWarning(lcLessonWidgets) << "widget" << block.text.c_str() << diagnostic.pointer.c_str()
                                   << diagnostic.message.c_str();
    return data;
}

} // namespace

QWidget* createLessonWidget(const LessonBlock& block, QWidget* parent,
                            const std::function<void(const QString&)>& tryInBuilder)
{
    const std::string& id = block.text;
    const auto text = dataText(block);
    if (!text) {
        qCWarning(lcLessonWidgets) << "skipped widget" << id.c_str() << "(line" << block.line << ")";
        return nullptr;
    }
    std::vector<Diagnostic> diagnostics;
    if (id == "arn-dissector") {
        auto* dissector = new ArnDissector(parent);
        if (auto data = logged(readLessonArnDissector(*text, diagnostics), diagnostics, block)) {
            QVector<QPair<QString, QString>> examples;
            for (const auto& example : data->examples)
                examples.append({QString::fromStdString(example.arn), QString::fromStdString(example.note)});
            dissector->setExamples(examples);
        }
        const std::string arn = option(block, "arn");
        if (!arn.empty())
            dissector->setArn(QString::fromStdString(arn));
        return dissector;
    }
    if (id == "building") {
        auto data = logged(readLessonBuilding(*text, diagnostics), diagnostics, block);
        if (!data)
            return nullptr;
        auto* view = new BuildingView(std::move(*data), option(block, "walk", "on") == "on", parent);
        const std::string focus = option(block, "focus");
        if (!focus.empty())
            view->showPart(QString::fromStdString(focus));
        return view;
    }
    if (id == "compare") {
        auto data = logged(readLessonCompareTable(*text, diagnostics), diagnostics, block);
        return data ? new CompareTable(std::move(*data), parent) : nullptr;
    }
    if (id == "user-properties" || id == "golden-rules") {
        auto topics = readLessonTopicList(*text, diagnostics);
        logged(std::optional<int>(0), diagnostics, block);
        if (topics.empty())
            return nullptr;
        const bool rules = id == "golden-rules";
        auto* view = new TopicListView(rules ? TopicListView::tr("The golden rules")
                                             : TopicListView::tr("An IAM user, property by property"),
                                       std::move(topics), rules, parent);
        const std::string open = option(block, "open");
        if (!open.empty())
            view->showTopic(QString::fromStdString(open));
        return view;
    }
    if (id == "checklist") {
        auto items = readLessonTopicList(*text, diagnostics);
        logged(std::optional<int>(0), diagnostics, block);
        return items.empty() ? nullptr : new ChecklistView(std::move(items), parent);
    }
    if (id == "policy-anatomy") {
        auto data = logged(readLessonPolicyAnatomy(*text, diagnostics), diagnostics, block);
        if (!data)
            return nullptr;
        auto* view = new PolicyAnatomyView(std::move(*data), parent);
        QObject::connect(view, &PolicyAnatomyView::tryInBuilder, view, [tryInBuilder](const QString& json) {
            if (tryInBuilder)
                tryInBuilder(json);
        });
        return view;
    }
    if (id == "evaluation-flow") {
        auto data = logged(readLessonEvaluationFlow(*text, diagnostics), diagnostics, block);
        if (!data)
            return nullptr;
        const std::string mode = option(block, "mode", "basic");
        std::vector<LessonPreparedRequest> requests;
        for (const LessonPreparedRequest* request : data->requestsFor(mode))
            requests.push_back(*request);
        if (requests.empty())
            return nullptr;
        auto* flow = new LessonEvaluationFlow(std::move(requests), mode == "full", parent);
        const std::string request = option(block, "request");
        if (!request.empty())
            flow->selectRequest(QString::fromStdString(request));
        return flow;
    }
    qCWarning(lcLessonWidgets) << "unknown lesson widget" << id.c_str() << "(line" << block.line << ") skipped";
    return nullptr;
}

} // namespace iam::ui
