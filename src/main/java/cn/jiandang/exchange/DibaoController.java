package cn.jiandang.exchange;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The quarterly 低保 exchange (R15) for other systems: the same services as the 低保 page. */
@RestController
@RequestMapping("/api/v1/dibao")
@Tag(name = "dibao", description = "低保数据季度交换（R15）：导入民政季度数据，按县和季度的覆盖情况，缺失季度显示为缺失")
class DibaoController {

    private final DibaoExchange exchange;
    private final ImportJobs imports;

    DibaoController(DibaoExchange exchange, ImportJobs imports) {
        this.exchange = exchange;
        this.imports = imports;
    }

    /** A 低保 import with its bad rows and its rows that matched no member (the first thousand of each). */
    record DibaoJobReport(ImportJobView job, List<RowError> errors, List<UnmatchedRow> unmatched) {}

    @PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "上传一个季度的低保数据文件（CSV 或 XLSX），在后台导入",
            description = "quarter 如 2020Q1；mode=ALL_OR_NOTHING（默认，有错误行则不写入）或 VALID_ROWS；返回202和导入任务。")
    ResponseEntity<ImportJobView> submit(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String mode)
            throws IOException {
        ImportMode m;
        try {
            m = mode == null ? ImportMode.ALL_OR_NOTHING : ImportMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("mode", "导入方式应为 ALL_OR_NOTHING 或 VALID_ROWS");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(exchange.submit(quarter, file.getOriginalFilename(), file.getBytes(), m));
    }

    @GetMapping("/imports/{id}")
    @Operation(summary = "低保导入任务的状态、错误行和未匹配到成员的行（身份证号码已遮蔽）")
    DibaoJobReport job(@PathVariable long id) {
        return new DibaoJobReport(imports.job(id), imports.errors(id, 1000), exchange.unmatched(id, 0, 1000));
    }

    @GetMapping("/imports/template.csv")
    @Operation(summary = "低保数据导入模板（CSV，UTF-8）")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dibao-template.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(TabularFile.withBom(DibaoExchange.templateCsv()));
    }

    @GetMapping("/coverage")
    @Operation(summary = "按县和季度的低保覆盖情况：未交换数据的季度为 MISSING（不是0）")
    DibaoCoverage coverage(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        if (region == null || !region.matches("\\d{12}")) {
            throw BusinessException.invalidField("region", "请填写12位行政区划代码");
        }
        return exchange.coverage(
                RegionCode.of(region),
                from == null ? exchange.firstQuarter() : Quarter.parse("from", from),
                to == null ? exchange.current() : Quarter.parse("to", to));
    }

    @GetMapping("/households/{id}")
    @Operation(summary = "一户各季度的低保情况：领取（成员身份证号码已遮蔽）、未领取或缺失")
    List<HouseholdDibao> household(@PathVariable long id) {
        return exchange.household(id);
    }
}
