package cn.jiandang.exchange;

import cn.jiandang.common.BusinessException;
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

/** Household file imports for other systems: the same service as the import page. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "imports", description = "农户文件导入（CSV 或 XLSX，每行一名成员，以户主身份证号为户的键）")
class ImportController {

    private final ImportJobs imports;

    ImportController(ImportJobs imports) {
        this.imports = imports;
    }

    /** A job with its bad rows (the first thousand). */
    record JobReport(ImportJobView job, List<RowError> errors) {}

    @PostMapping(value = "/households", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传农户文件，在后台导入", description = "mode=ALL_OR_NOTHING（有错误行则不写入）或 VALID_ROWS（写入正确的户）；返回202和导入任务。")
    ResponseEntity<ImportJobView> households(
            @RequestPart("file") MultipartFile file, @RequestParam(required = false) String mode) throws IOException {
        ImportMode m;
        try {
            m = mode == null ? null : ImportMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("mode", "导入方式应为 ALL_OR_NOTHING 或 VALID_ROWS");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(imports.submit(file.getOriginalFilename(), file.getBytes(), m));
    }

    @PostMapping(value = "/incomes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "上传收入文件（每户每年一行，以户主身份证号为户的键），在后台导入",
            description = "与收入表单相同的检查；已登记且金额相同的年度不变，金额不同的年度报错；mode 同农户导入。返回202和导入任务。")
    ResponseEntity<ImportJobView> incomes(
            @RequestPart("file") MultipartFile file, @RequestParam(required = false) String mode) throws IOException {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(imports.submitIncomes(file.getOriginalFilename(), file.getBytes(), mode(mode)));
    }

    @GetMapping("/incomes/template.csv")
    @Operation(summary = "收入导入模板（CSV，UTF-8）")
    ResponseEntity<byte[]> incomeTemplate() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"incomes-template.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(TabularFile.withBom(ImportJobs.incomeTemplateCsv()));
    }

    private static ImportMode mode(String mode) {
        try {
            return mode == null ? null : ImportMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalidField("mode", "导入方式应为 ALL_OR_NOTHING 或 VALID_ROWS");
        }
    }

    @GetMapping("/{id}")
    @Operation(summary = "导入任务的状态、进度和错误行（行号、字段、说明）")
    JobReport job(@PathVariable long id) {
        return new JobReport(imports.job(id), imports.errors(id, 1000));
    }

    @GetMapping("/households/template.csv")
    @Operation(summary = "农户导入模板（CSV，UTF-8）")
    ResponseEntity<byte[]> template() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ImportJobs.templateCsv().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"households-template.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(all);
    }
}
