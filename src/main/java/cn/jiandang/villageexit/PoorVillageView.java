package cn.jiandang.villageexit;

/** A village flagged as poor village (贫困村); {@code exitYear} is the year its exit was announced, null until then. */
public record PoorVillageView(String villageCode, String name, Integer exitYear) {

    public boolean exited() {
        return exitYear != null;
    }
}
