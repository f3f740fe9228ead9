package id.inovasi.stats.method;

/**
 * The 20 per-innovation indicators of the IID (numbers 16-35). Their weights are method
 * configuration; here is only what identifies them in the report files ({@code ind_<slug>}).
 */
public enum Indicator {
    REGULASI(16, "regulasi", "Regulasi inovasi daerah"),
    SDM(17, "sdm", "Ketersediaan SDM"),
    ANGGARAN(18, "anggaran", "Dukungan anggaran"),
    ALAT_KERJA(19, "alat_kerja", "Alat kerja"),
    BIMTEK(20, "bimtek", "Bimtek inovasi"),
    RKPD(21, "rkpd", "Integrasi dalam RKPD"),
    AKTOR(22, "aktor", "Keterlibatan aktor inovasi"),
    PELAKSANA(23, "pelaksana", "Pelaksana inovasi"),
    JEJARING(24, "jejaring", "Jejaring inovasi"),
    SOSIALISASI(25, "sosialisasi", "Sosialisasi inovasi"),
    PEDOMAN(26, "pedoman", "Pedoman teknis"),
    INFORMASI(27, "informasi", "Kemudahan informasi layanan"),
    PROSES(28, "proses", "Kemudahan proses"),
    PENGADUAN(29, "pengaduan", "Penyelesaian layanan pengaduan"),
    INTEGRASI(30, "integrasi", "Layanan terintegrasi"),
    REPLIKASI(31, "replikasi", "Replikasi"),
    KECEPATAN(32, "kecepatan", "Kecepatan penciptaan inovasi"),
    KEMANFAATAN(33, "kemanfaatan", "Kemanfaatan inovasi"),
    MONEV(34, "monev", "Monitoring dan evaluasi"),
    VIDEO(35, "video", "Video inovasi");

    private final int number;
    private final String slug;
    private final String title;

    Indicator(int number, String slug, String title) {
        this.number = number;
        this.slug = slug;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The column of the report files and of {@code stats.innovation}. */
    public String column() {
        return "ind_" + slug;
    }
}
