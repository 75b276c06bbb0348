package cn.jiandang.publicnotice;

import java.util.List;

/** A village's board: its name, its place (county › township › village) and the notices shown now. */
record Board(String villageCode, String villageName, String place, List<BoardItem> items) {}
