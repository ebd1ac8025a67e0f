package io.intervu.interview.analysis;

import java.util.ArrayList;
import java.util.List;

/** Finds named projects in a resume: from a projects section, else the most recent role's work. */
public final class ProjectExtractor {

    private ProjectExtractor() {
    }

    public static List<Analysis.Project> projects(ResumeSections sections) {
        List<Analysis.Project> found = fromProjectsSection(sections.lines(ResumeSections.PROJECTS));
        if (found.isEmpty()) {
            found = fromExperience(sections.lines(ResumeSections.EXPERIENCE));
        }
        return found;
    }

    private static List<Analysis.Project> fromProjectsSection(List<String> lines) {
        List<Analysis.Project> projects = new ArrayList<>();
        String name = null;
        StringBuilder description = new StringBuilder();
        for (String line : lines) {
            if (isNameLine(line) && (name == null || description.length() > 0)) {
                add(projects, name, description, ResumeSections.PROJECTS);
                name = cleanName(line);
                description.setLength(0);
            } else if (name == null) {
                // "Name: what it is" on one line, or a description without a separate name line
                int colon = line.indexOf(':');
                int dash = line.indexOf(" – ");
                int split = colon > 0 && colon < 50 ? colon : dash > 0 && dash < 50 ? dash : -1;
                if (split > 0) {
                    name = cleanName(line.substring(0, split));
                    description.append(line.substring(split + 1).replaceFirst("^[–-]\\s*", "").strip()).append(' ');
                }
            } else {
                description.append(line.replaceFirst("^[-*•·▪◦]\\s*", "")).append(' ');
            }
        }
        add(projects, name, description, ResumeSections.PROJECTS);
        return projects;
    }

    /** The latest role: its title line names it, its first achievement describes it. */
    private static List<Analysis.Project> fromExperience(List<String> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        String role = lines.get(0).replaceAll("\\b((19|20)\\d\\d|[A-Z][a-z]{2} (19|20)\\d\\d)\\b.*$", "").replaceAll("[\\s–|-]+$", "").strip();
        StringBuilder description = new StringBuilder();
        for (String line : lines.subList(1, lines.size())) {
            description.append(line.replaceFirst("^[-*•·▪◦]\\s*", "")).append(' ');
            if (line.endsWith(".") || description.length() > 300) {
                break;
            }
        }
        List<Analysis.Project> out = new ArrayList<>();
        add(out, "your work as " + role, description, ResumeSections.EXPERIENCE);
        return out;
    }

    private static boolean isNameLine(String line) {
        String[] words = line.split("\\s+");
        return line.length() <= 60 && words.length <= 7 && !line.endsWith(".") && !line.endsWith(",")
                && !line.matches("^[-*•·▪◦].*") && !Character.isLowerCase(line.charAt(0)) || line.matches("^[a-z0-9]+(-[a-z0-9]+)+$");
    }

    private static String cleanName(String line) {
        return line.replaceAll("\\((?i:open source|personal|side project|oss)\\)", "").replaceAll("[\\s:–-]+$", "").strip();
    }

    private static void add(List<Analysis.Project> projects, String name, StringBuilder description, String section) {
        if (name == null || name.isBlank()) {
            return;
        }
        String text = description.toString().replaceAll("\\s+", " ").strip();
        projects.add(new Analysis.Project(name, text.length() > 400 ? text.substring(0, 400) : text, section));
    }
}
