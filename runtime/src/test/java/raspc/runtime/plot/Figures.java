package raspc.runtime.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test data: random matrices and patterns with a fixed seed, so failures reproduce. */
final class Figures {
    private Figures() {
    }

    static List<String> tokens(int n) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            t.add(i == 0 ? "<BOS>" : String.valueOf((char) ('a' + i % 26)));
        }
        return t;
    }

    static float[][] random(int n, Random r, float lo, float hi) {
        float[][] m = new float[n][n];
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                m[q][k] = lo + (hi - lo) * r.nextFloat();
            }
        }
        return m;
    }

    static boolean[][] pattern(int n, Random r) {
        boolean[][] p = new boolean[n][n];
        for (int q = 0; q < n; q++) {
            for (int k = 0; k < n; k++) {
                p[q][k] = r.nextInt(3) == 0;
            }
        }
        return p;
    }

    static List<HeadPanel> heads(int count, int n, Random r) {
        List<HeadPanel> heads = new ArrayList<>();
        for (int h = 0; h < count; h++) {
            heads.add(new HeadPanel("layer 0 head " + h, random(n, r, 0, 1)));
        }
        return heads;
    }

    /** Pixels within a small distance of {@code c}: a line of that colour, antialiased edges included. */
    static int countNear(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color p = new Color(img.getRGB(x, y));
                if (Math.abs(p.getRed() - c.getRed()) + Math.abs(p.getGreen() - c.getGreen())
                        + Math.abs(p.getBlue() - c.getBlue()) < 30) {
                    n++;
                }
            }
        }
        return n;
    }
}
