#include "core/learn/LessonWidgetData.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "core/eval/SimulationLoader.h"
#include "core/json/JsonPointer.h"
#include "core/json/SourceMap.h"
#include "core/policy/PolicyReader.h"

namespace iam {
namespace {

using nlohmann::ordered_json;

bool isTopicId(std::string_view id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    });
}

class WidgetDataReader {
public:
    WidgetDataReader(const SourceMap& sourceMap, std::vector<Diagnostic>& diagnostics)
        : m_map(sourceMap)
        , m_diagnostics(diagnostics)
    {
    }

    void error(std::string code, const std::string& pointer, std::string message, std::string help)
    {
        m_diagnostics.push_back(fieldError(m_map, std::move(code), pointer, std::move(message), std::move(help)));
    }

    bool expectObject(const ordered_json& value, const std::string& pointer, std::string_view what)
    {
        if (value.is_object())
            return true;
        m_diagnostics.push_back(wrongTypeDiagnostic(m_map, pointer, what, "an object", value));
        return false;
    }

    // The member's array, or null (reported) when it is missing or not an array.
    const ordered_json* array(const ordered_json& object, const std::string& pointer, const char* field)
    {
        const auto member = object.find(field);
        if (member == object.end()) {
            error("LESSON_DATA_MISSING_FIELD", pointer, std::string("there is no `") + field + "`",
                std::string("add `\"") + field + "\": [...]`");
            return nullptr;
        }
        if (!member->is_array()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(
                m_map, appendPointer(pointer, field), std::string("`") + field + "`", "an array", *member));
            return nullptr;
        }
        if (member->empty()) {
            error("LESSON_DATA_EMPTY_FIELD", appendPointer(pointer, field), std::string("`") + field + "` is empty",
                "add at least one entry; the widget would show nothing");
            return nullptr;
        }
        return &*member;
    }

    std::optional<std::string> text(
        const ordered_json& object, const std::string& pointer, const char* field, bool required = true)
    {
        const auto member = object.find(field);
        if (member == object.end()) {
            if (required) {
                error("LESSON_DATA_MISSING_FIELD", pointer, std::string("there is no `") + field + "`",
                    std::string("add `\"") + field + "\": \"...\"`");
                return std::nullopt;
            }
            return std::string();
        }
        if (!member->is_string()) {
            m_diagnostics.push_back(wrongTypeDiagnostic(
                m_map, appendPointer(pointer, field), std::string("`") + field + "`", "a string", *member));
            return std::nullopt;
        }
        std::string value = member->get<std::string>();
        if (value.empty()) {
            error("LESSON_DATA_EMPTY_FIELD", appendPointer(pointer, field), std::string("`") + field + "` is empty",
                required ? std::string("write the ") + field + " here" : std::string("remove it or fill it in"));
            return std::nullopt;
        }
        return value;
    }

    std::optional<std::vector<std::string>> textList(
        const ordered_json& object, const std::string& pointer, const char* field)
    {
        const ordered_json* list = array(object, pointer, field);
        if (!list)
            return std::nullopt;
        std::vector<std::string> values;
        bool good = true;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto& item = (*list)[i];
            const std::string itemPointer = appendPointer(appendPointer(pointer, field), i);
            if (!item.is_string() || item.get<std::string>().empty()) {
                m_diagnostics.push_back(
                    wrongTypeDiagnostic(m_map, itemPointer, "an entry", "a non-empty string", item));
                good = false;
                continue;
            }
            values.push_back(item.get<std::string>());
        }
        return good ? std::optional(values) : std::nullopt;
    }

    // A fresh id, or nullopt (reported). `ids` collects the ids of one list.
    std::optional<std::string> id(const ordered_json& object, const std::string& pointer, std::set<std::string>& ids)
    {
        auto value = text(object, pointer, "id");
        if (!value)
            return std::nullopt;
        if (!isTopicId(*value)) {
            error("LESSON_DATA_BAD_ID", appendPointer(pointer, "id"), "`" + *value + "` is not an id",
                "use letters, digits and dashes only, e.g. `employee-badge`");
            return std::nullopt;
        }
        if (!ids.insert(*value).second) {
            error("LESSON_DATA_DUPLICATE_ID", appendPointer(pointer, "id"),
                "the id `" + *value + "` is used by an earlier entry", "give every entry its own id");
            return std::nullopt;
        }
        return value;
    }

    std::vector<LessonTopic> topics(const ordered_json& root, const std::string& pointer, const char* field)
    {
        std::vector<LessonTopic> result;
        const ordered_json* list = array(root, pointer, field);
        if (!list)
            return result;
        std::set<std::string> ids;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string itemPointer = appendPointer(appendPointer(pointer, field), i);
            const auto& item = (*list)[i];
            if (!expectObject(item, itemPointer, "an entry"))
                continue;
            auto itemId = id(item, itemPointer, ids);
            auto title = text(item, itemPointer, "title");
            auto aws = text(item, itemPointer, "aws", false);
            auto body = text(item, itemPointer, "text");
            if (itemId && title && aws && body)
                result.push_back({ *itemId, *title, *aws, *body });
        }
        return result;
    }

    std::vector<LessonPreparedRequest> requests(
        const ordered_json& root, const std::string& pointer, const char* field, bool walk)
    {
        std::vector<LessonPreparedRequest> result;
        const ordered_json* list = array(root, pointer, field);
        if (!list)
            return result;
        std::set<std::string> ids;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string itemPointer = appendPointer(appendPointer(pointer, field), i);
            if (auto request = preparedRequest((*list)[i], itemPointer, ids, walk))
                result.push_back(std::move(*request));
        }
        return result;
    }

    // A policy shown as an example must be one AWS would accept.
    bool policyReads(const ordered_json& value, const std::string& pointer)
    {
        std::vector<Diagnostic> found;
        readPolicy(value, m_map, pointer, found);
        const bool good = !hasErrors(found);
        m_diagnostics.insert(m_diagnostics.end(), found.begin(), found.end());
        return good;
    }

private:
    std::optional<LessonPreparedRequest> preparedRequest(
        const ordered_json& item, const std::string& pointer, std::set<std::string>& ids, bool walk)
    {
        if (!expectObject(item, pointer, "a prepared request"))
            return std::nullopt;
        LessonPreparedRequest request;
        bool good = true;
        auto keep = [&good](std::optional<std::string> value, std::string& into) {
            if (value)
                into = std::move(*value);
            else
                good = false;
        };
        keep(id(item, pointer, ids), request.id);
        keep(text(item, pointer, "title"), request.title);
        keep(text(item, pointer, "story"), request.story);
        keep(text(item, pointer, "explanation"), request.explanation);
        if (walk) {
            keep(text(item, pointer, "badge"), request.badge);
            keep(text(item, pointer, "door"), request.door);
            if (!request.badge.empty() && request.badge != "employee-badge" && request.badge != "contractor-badge") {
                error("LESSON_DATA_BAD_BADGE", appendPointer(pointer, "badge"),
                    "`" + request.badge + "` is not a badge of the building",
                    "use `employee-badge` (an IAM user) or `contractor-badge` (a role)");
                good = false;
            }
        } else if (auto modes = textList(item, pointer, "modes")) {
            for (std::size_t i = 0; i < modes->size(); ++i) {
                if ((*modes)[i] != "basic" && (*modes)[i] != "full") {
                    error("LESSON_DATA_BAD_MODE", appendPointer(appendPointer(pointer, "modes"), i),
                        "`" + (*modes)[i] + "` is not a mode of the evaluation flow", "use `basic` or `full`");
                    good = false;
                }
            }
            request.modes = std::move(*modes);
        } else {
            good = false;
        }
        std::string expected;
        keep(text(item, pointer, "expect"), expected);
        if (!expected.empty()) {
            bool known = false;
            for (const Decision decision : { Decision::Allowed, Decision::ExplicitDeny, Decision::ImplicitDeny }) {
                if (decisionName(decision) == expected) {
                    request.expected = decision;
                    known = true;
                }
            }
            if (!known) {
                error("LESSON_DATA_BAD_DECISION", appendPointer(pointer, "expect"),
                    "`" + expected + "` is not a decision", "use `allowed`, `explicitDeny` or `implicitDeny`");
                good = false;
            }
        }
        const auto simulation = item.find("simulation");
        const std::string simulationPointer = appendPointer(pointer, "simulation");
        if (simulation == item.end()) {
            error("LESSON_DATA_MISSING_FIELD", pointer, "there is no `simulation`",
                "add `\"simulation\": {\"policies\": {...}, \"request\": {...}}` as in a simulation file");
            return std::nullopt;
        }
        // The loader reads the embedded simulation as a file of its own; its findings are moved into this file.
        SimulationLoadResult loaded = loadSimulation(*simulation, SourceMap());
        for (Diagnostic& diagnostic : loaded.diagnostics) {
            diagnostic.pointer = simulationPointer + diagnostic.pointer;
            diagnostic.span = m_map.valueSpan(diagnostic.pointer);
            m_diagnostics.push_back(std::move(diagnostic));
        }
        if (!loaded.simulation || !good)
            return std::nullopt;
        request.simulation = std::move(*loaded.simulation);
        return request;
    }

    const SourceMap& m_map;
    std::vector<Diagnostic>& m_diagnostics;
};

// Parses the text and hands the root object to `read`; diagnostics come out sorted by position.
template <typename Read>
auto readFile(std::string_view text, std::vector<Diagnostic>& diagnostics, std::string_view what, Read read)
    -> decltype(read(std::declval<const ordered_json&>(), std::declval<WidgetDataReader&>()))
{
    ordered_json root;
    SourceMap sourceMap;
    std::vector<Diagnostic> found;
    decltype(read(root, std::declval<WidgetDataReader&>())) result {};
    if (parseJsonText(text, root, sourceMap, found)) {
        WidgetDataReader reader(sourceMap, found);
        if (reader.expectObject(root, "", what))
            result = read(root, reader);
    }
    sortByPosition(found);
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    return result;
}

} // namespace

std::vector<const LessonPreparedRequest*> LessonEvaluationFlowData::requestsFor(std::string_view mode) const
{
    std::vector<const LessonPreparedRequest*> result;
    for (const auto& request : requests) {
        if (std::find(request.modes.begin(), request.modes.end(), mode) != request.modes.end())
            result.push_back(&request);
    }
    return result;
}

std::vector<LessonTopic> readLessonTopicList(std::string_view text, std::vector<Diagnostic>& diagnostics)
{
    return readFile(text, diagnostics, "the widget data",
        [](const ordered_json& root, WidgetDataReader& reader) { return reader.topics(root, "", "items"); });
}

std::optional<LessonCompareTable> readLessonCompareTable(std::string_view text, std::vector<Diagnostic>& diagnostics)
{
    return readFile(text, diagnostics, "the table",
        [](const ordered_json& root, WidgetDataReader& reader) -> std::optional<LessonCompareTable> {
            LessonCompareTable table;
            const auto title = reader.text(root, "", "title");
            const auto note = reader.text(root, "", "note", false);
            const auto columns = reader.textList(root, "", "columns");
            const ordered_json* rows = reader.array(root, "", "rows");
            bool good = title && note && columns && rows;
            if (rows) {
                for (std::size_t i = 0; i < rows->size(); ++i) {
                    const std::string pointer = appendPointer("/rows", i);
                    const auto& row = (*rows)[i];
                    if (!reader.expectObject(row, pointer, "a row")) {
                        good = false;
                        continue;
                    }
                    const auto label = reader.text(row, pointer, "label");
                    const auto cells = reader.textList(row, pointer, "cells");
                    if (!label || !cells) {
                        good = false;
                        continue;
                    }
                    if (columns && cells->size() != columns->size()) {
                        reader.error("LESSON_DATA_ROW_WIDTH", appendPointer(pointer, "cells"),
                            "the row `" + *label + "` has " + std::to_string(cells->size()) + " cells for "
                                + std::to_string(columns->size()) + " columns",
                            "give the row one cell per column, in the columns' order");
                        good = false;
                        continue;
                    }
                    table.rows.push_back({ *label, *cells });
                }
            }
            if (!good)
                return std::nullopt;
            table.title = *title;
            table.note = *note;
            table.columns = *columns;
            return table;
        });
}

std::optional<LessonBuildingData> readLessonBuilding(std::string_view text, std::vector<Diagnostic>& diagnostics)
{
    return readFile(text, diagnostics, "the building",
        [](const ordered_json& root, WidgetDataReader& reader) -> std::optional<LessonBuildingData> {
            LessonBuildingData data;
            data.parts = reader.topics(root, "", "parts");
            data.walks = reader.requests(root, "", "walks", true);
            if (data.parts.empty() || data.walks.empty())
                return std::nullopt;
            return data;
        });
}

std::optional<LessonArnDissectorData> readLessonArnDissector(
    std::string_view text, std::vector<Diagnostic>& diagnostics)
{
    return readFile(text, diagnostics, "the ARN dissector's data",
        [](const ordered_json& root, WidgetDataReader& reader) -> std::optional<LessonArnDissectorData> {
            LessonArnDissectorData data;
            data.parts = reader.topics(root, "", "parts");
            if (const ordered_json* examples = reader.array(root, "", "examples")) {
                for (std::size_t i = 0; i < examples->size(); ++i) {
                    const std::string pointer = appendPointer("/examples", i);
                    const auto& example = (*examples)[i];
                    if (!reader.expectObject(example, pointer, "an example"))
                        continue;
                    const auto arn = reader.text(example, pointer, "arn");
                    const auto note = reader.text(example, pointer, "note");
                    if (arn && note)
                        data.examples.push_back({ *arn, *note });
                }
            }
            if (data.parts.empty() || data.examples.empty())
                return std::nullopt;
            return data;
        });
}

std::optional<LessonPolicyAnatomyData> readLessonPolicyAnatomy(
    std::string_view text, std::vector<Diagnostic>& diagnostics)
{
    return readFile(text, diagnostics, "the policy anatomy's data",
        [](const ordered_json& root, WidgetDataReader& reader) -> std::optional<LessonPolicyAnatomyData> {
            LessonPolicyAnatomyData data;
            data.parts = reader.topics(root, "", "parts");
            const auto policy = root.find("policy");
            if (policy == root.end()) {
                reader.error("LESSON_DATA_MISSING_FIELD", "", "there is no `policy`",
                    "add `\"policy\": {...}` with the example policy document");
                return std::nullopt;
            }
            if (!reader.expectObject(*policy, "/policy", "`policy`") || !reader.policyReads(*policy, "/policy"))
                return std::nullopt;
            data.policyText = policy->dump(4);
            if (data.parts.empty())
                return std::nullopt;
            return data;
        });
}

std::optional<LessonEvaluationFlowData> readLessonEvaluationFlow(
    std::string_view text, std::vector<Diagnostic>& diagnostics)
{
    return readFile(text, diagnostics, "the evaluation flow's data",
        [](const ordered_json& root, WidgetDataReader& reader) -> std::optional<LessonEvaluationFlowData> {
            LessonEvaluationFlowData data;
            data.requests = reader.requests(root, "", "requests", false);
            if (data.requests.empty())
                return std::nullopt;
            return data;
        });
}

std::string lessonWidgetDataFile(std::string_view widgetId, std::string_view table)
{
    if (widgetId == "compare")
        return table.empty() ? std::string() : "widgets/compare-" + std::string(table) + ".json";
    for (const char* id : { "building", "user-properties", "arn-dissector", "policy-anatomy", "evaluation-flow",
             "golden-rules", "checklist" }) {
        if (widgetId == id)
            return "widgets/" + std::string(id) + ".json";
    }
    return {};
}

} // namespace iam
