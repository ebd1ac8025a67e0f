package io.intervu.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;

/**
 * Charts drawn by JFreeChart straight into the PDF as vector graphics (text as outlines), so they
 * stay sharp at any zoom and need no raster images.
 */
final class Charts {

    static {
        // Charts use AWT; a server never has a display.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final Font BASE = loadFont();

    private Charts() {
    }

    /** One score per question: the bar colour follows the score band. */
    static Image questionScores(PdfContentByte cb, List<String> labels, List<Double> scores, float width, float height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < labels.size(); i++) {
            data.addValue(scores.get(i) == null ? 0 : scores.get(i), "score", labels.get(i));
        }
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return ReportStyle.scoreColor(scores.get(column));
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
        renderer.setDefaultItemLabelFont(BASE.deriveFont(Font.BOLD, 9f));
        renderer.setDefaultItemLabelPaint(ReportStyle.INK);

        CategoryAxis x = new CategoryAxis();
        x.setTickLabelFont(BASE.deriveFont(8.5f));
        x.setTickLabelPaint(ReportStyle.MUTED);
        x.setAxisLineVisible(false);
        x.setTickMarksVisible(false);
        x.setCategoryMargin(0.25);
        NumberAxis y = new NumberAxis();
        y.setRange(0, ReportStyle.SCORE_MAX + 0.4);
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        y.setTickLabelFont(BASE.deriveFont(8f));
        y.setTickLabelPaint(ReportStyle.MUTED);
        y.setAxisLineVisible(false);
        y.setTickMarksVisible(false);

        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ReportStyle.RULE);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setInsets(new RectangleInsets(4, 0, 0, 4));
        return draw(cb, chart(plot), width, height);
    }

    /** The criterion averages as a radar; needs at least three criteria to be a shape. */
    static Image criteriaRadar(PdfContentByte cb, Map<String, Double> averages, float width, float height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        averages.forEach((label, score) -> data.addValue(score == null ? 0 : score, "average", label));
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(ReportStyle.SCORE_MAX);
        plot.setWebFilled(true);
        plot.setSeriesPaint(0, ReportStyle.ACCENT);
        plot.setSeriesOutlinePaint(0, ReportStyle.ACCENT);
        plot.setSeriesOutlineStroke(0, new BasicStroke(1.6f));
        plot.setForegroundAlpha(0.35f);
        plot.setAxisLinePaint(ReportStyle.RULE);
        plot.setLabelFont(BASE.deriveFont(10f));
        plot.setLabelPaint(ReportStyle.INK);
        plot.setLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateColumnLabel(org.jfree.data.category.CategoryDataset dataset, int column) {
                Number v = dataset.getValue(0, column);
                return String.valueOf(dataset.getColumnKey(column));
            }
        });
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setInteriorGap(0.30);
        return draw(cb, chart(plot), width, height);
    }

    private static JFreeChart chart(org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(null, BASE, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(0, 0, 0, 0));
        return chart;
    }

    private static Image draw(PdfContentByte cb, JFreeChart chart, float width, float height) {
        PdfTemplate template = cb.createTemplate(width, height);
        Graphics2D g = template.createGraphicsShapes(width, height);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("chart could not be placed", e);
        }
    }

    private static Font loadFont() {
        try (InputStream in = Charts.class.getClassLoader().getResourceAsStream("fonts/DejaVuSans.ttf")) {
            if (in == null) {
                throw new IllegalStateException("missing bundled font fonts/DejaVuSans.ttf");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(9f);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("bundled chart font cannot be read", e);
        }
    }
}
