package cn.jiandang.quality;

import cn.jiandang.common.BusinessException;
import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.TabularFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Problem lists issued as files: queued like every import, followed at {@code GET /api/v1/imports/{id}}. */
@RestController
@RequestMapping("/api/v1/quality/problem-lists")
@Tag(name = "quality", description = "数据清洗：按行政区划运行质量规则，查看问题清单")
class ProblemListController {

    private final ProblemListImport problems;

    ProblemListController(ProblemListImport problems) {
        this.problems = problems;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "上传信息中心下发的问题清单（CSV 或 XLSX：户主身份证号、规则代码、问题描述），在后台导入为一次检查运行的问题",
            description = "mode=ALL_OR_NOTHING（默认）或 VALID_ROWS；导入后可在数据清洗页面按县下发整改。返回202和导入任务。")
    ResponseEntity<ImportJobView> submit(
            @RequestPart("file") MultipartFile file, @RequestParam(required = false) String mode) throws IOException {
        ImportMode m;
        try {
            m = mode == null ? ImportMode.ALL_OR_NOTHING : ImportMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("mode", "导入方式应为 ALL_OR_NOTHING 或 VALID_ROWS");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(problems.submit(file.getOriginalFilename(), file.getBytes(), m));
    }

    @GetMapping("/template.csv")
    @Operation(summary = "问题清单导入模板（CSV，UTF-8）")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"problem-list-template.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(TabularFile.withBom(ProblemListImport.templateCsv()));
    }
}
